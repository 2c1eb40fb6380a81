x = not not a
y = not a == b
z = not (a or b)
