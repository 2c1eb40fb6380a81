@dec
def f():
    pass
@a.b.c
@d(1, k=2)
@e[0]
@(lambda f: f)
@x if y else z
def g():
    pass
@dec
class C:
    pass
@dec
async def h():
    pass
