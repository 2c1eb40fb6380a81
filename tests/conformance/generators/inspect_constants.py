# The state names are plain strings, and the CO_ flags match the code objects.
import inspect

print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED)
print(inspect.CORO_CREATED, inspect.CORO_CLOSED)
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_ITERABLE_COROUTINE, inspect.CO_ASYNC_GENERATOR)

def g():
    yield

async def c():
    pass

print(g.__code__.co_flags & inspect.CO_GENERATOR == inspect.CO_GENERATOR)
print(c.__code__.co_flags & inspect.CO_COROUTINE == inspect.CO_COROUTINE)
print(g.__code__.co_flags & inspect.CO_COROUTINE)
