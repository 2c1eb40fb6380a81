x = a.b.c.d
y = (1).real
z = 'abc'.upper()
w = 1.0.hex()
