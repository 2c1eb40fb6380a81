# cr_await shows the generator a coroutine is suspended on.
import types

@types.coroutine
def suspend():
    yield

async def coro():
    await suspend()

c = coro()
print(c.cr_await)
c.send(None)
print(type(c.cr_await).__name__, c.cr_await.__name__)
try:
    c.send(None)
except StopIteration:
    print("finished", c.cr_await)
