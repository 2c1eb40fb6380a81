f = lambda: 0
g = lambda x: x
h = lambda x, y=1, *a, k, l=2, **kw: (x, y)
i = lambda a, /, b: a
j = lambda *, k: k
k = lambda *a: a
