x = -a
y = +a
z = ~a
w = - - a
v = -+~a
u = not -a
