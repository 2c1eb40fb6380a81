# types.coroutine marks the generator function's code with CO_ITERABLE_COROUTINE.
import types

def gen():
    yield

before = gen.__code__
decorated = types.coroutine(gen)
print(decorated is gen)
print(bool(before.co_flags & 0x100), bool(gen.__code__.co_flags & 0x100))
print(bool(gen.__code__.co_flags & 0x20))
print(gen.__code__.co_name, gen.__code__ is before)

async def native():
    pass

print(types.coroutine(native) is native)
