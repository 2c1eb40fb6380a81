def f(a, b, /, c, d=1, *, e, f=2, **g):
    pass
def h(a=1, /, b=2):
    pass
def k(a, /):
    pass
