x = a and b
y = a or b or c
z = a and b or c and d
w = not a and not b
v = a or (b and c)
