# getcoroutinestate for a coroutine driven by hand with send().
import inspect
import types

@types.coroutine
def suspend():
    yield "suspended"

async def coro():
    print("inside:", inspect.getcoroutinestate(c))
    await suspend()
    return "done"

c = coro()
print(inspect.getcoroutinestate(c))
print(c.send(None))
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(inspect.getcoroutinestate(c))
