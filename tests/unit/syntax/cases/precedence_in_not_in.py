x = a not in b
y = not a in b
z = a is not b
w = not a is b
