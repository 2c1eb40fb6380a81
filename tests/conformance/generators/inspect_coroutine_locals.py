# getcoroutinelocals shows the locals of a suspended coroutine.
import inspect
import types

@types.coroutine
def pause():
    yield

async def coro(a):
    b = a + 1
    await pause()
    c = b * 2
    return c

c = coro(1)
print(inspect.getcoroutinelocals(c))
c.send(None)
print(inspect.getcoroutinelocals(c))
try:
    c.send(None)
except StopIteration as e:
    print(e.value, inspect.getcoroutinelocals(c))
