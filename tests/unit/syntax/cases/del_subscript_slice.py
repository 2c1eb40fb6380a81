del a[1:2]
del a[::2], b.c
