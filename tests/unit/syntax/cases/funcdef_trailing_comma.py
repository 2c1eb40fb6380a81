def f(a, b,):
    pass
def g(
    a,
    b=1,
    *,
    c,
):
    pass
