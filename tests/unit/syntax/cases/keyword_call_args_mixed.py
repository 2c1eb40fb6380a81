f(a, b=1, *c, d=2, **e)
g(*a, b, c=3)
h(k=1, *args)
