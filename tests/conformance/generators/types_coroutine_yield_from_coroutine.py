# A @types.coroutine generator may yield from a native coroutine; a plain generator may not.
import types

async def native():
    return "native result"

@types.coroutine
def bridge():
    r = yield from native()
    return r

def plain():
    yield from native()

try:
    bridge().send(None)
except StopIteration as e:
    print("bridge returned", e.value)

p = plain()
try:
    next(p)
except TypeError as e:
    print("TypeError:", e)
