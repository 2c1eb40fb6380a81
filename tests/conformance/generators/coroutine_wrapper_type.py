# coroutine.__await__() returns a coroutine_wrapper that drives the same coroutine.
import types

@types.coroutine
def pause():
    yield 1
    yield 2

async def coro():
    await pause()
    return "end"

c = coro()
w = c.__await__()
print(type(w).__name__)
print(next(w), w.send(None))
try:
    w.send(None)
except StopIteration as e:
    print(e.value)
