def f(*args, **kwargs):
    pass
def g(a, *args, b, c=2, **kw):
    pass
