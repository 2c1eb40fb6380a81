# isgenerator / iscoroutine / isawaitable on the objects.
import inspect

def gen():
    yield

async def coro():
    pass

class Awaitable:
    def __await__(self):
        yield

class NotAwaitable:
    __await__ = None

g = gen()
c = coro()
for obj in [g, c, Awaitable(), NotAwaitable(), 42, [1]]:
    print(inspect.isgenerator(obj), inspect.iscoroutine(obj), inspect.isawaitable(obj))
c.close()
