# Coroutines, awaitables and generators under collections.abc
from collections.abc import Awaitable, Coroutine, Generator, Iterator, Iterable

async def fetch():
    return 1

def plain_gen():
    yield 1

class Waiter:
    def __await__(self):
        yield self

class CoroLike:
    def send(self, v): pass
    def throw(self, *a): pass
    def close(self): pass
    def __await__(self): return iter([])

coro = fetch()
g = plain_gen()
for name, obj in [("coroutine", coro), ("generator", g), ("Waiter()", Waiter()), ("CoroLike()", CoroLike()), ("list", [])]:
    print(f"{name:<10} Awaitable={isinstance(obj, Awaitable)!s:<5} Coroutine={isinstance(obj, Coroutine)!s:<5} "
          f"Generator={isinstance(obj, Generator)!s:<5} Iterator={isinstance(obj, Iterator)}")
try:
    coro.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)
print(issubclass(type(g), Iterable), issubclass(type(coro), Iterable))
