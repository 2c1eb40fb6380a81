x = a + b * c - d / e // f % g @ h
y = (a + b) * c
z = a - b - c
w = a ** b ** c
v = -a ** b
u = (-a) ** b
t = a ** -b
