del x
del a, b
del a[0], b.c
del (x, y)
del [p, q]
del x,
