import types
@types.coroutine
def suspend():
    yield "s"

async def f2():
    try:
        await suspend()
    except KeyError:
        await suspend()
        raise

c = f2()
print(c.send(None))
def step_throw():
    try:
        raise KeyError("k")
    except BaseException as exc:
        return c.throw(exc)
print(step_throw())
try:
    c.send(None)
except KeyError as e:
    print("reraised", e)
