def f(*, a, b=1):
    pass
def g(x, *, y):
    pass
