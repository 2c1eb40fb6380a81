# isgeneratorfunction / iscoroutinefunction / isfunction on various callables.
import inspect

def gen():
    yield

async def coro():
    pass

def plain():
    pass

class C:
    def method(self):
        yield

for obj in [gen, coro, plain, C().method, C, len, lambda: (yield)]:
    print(inspect.isfunction(obj), inspect.isgeneratorfunction(obj),
          inspect.iscoroutinefunction(obj), inspect.ismethod(obj),
          inspect.isclass(obj), inspect.isbuiltin(obj))
