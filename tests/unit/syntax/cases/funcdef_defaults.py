def f(a, b=1, c=None):
    pass
