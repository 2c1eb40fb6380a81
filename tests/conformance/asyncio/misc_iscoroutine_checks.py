import asyncio
import inspect
import types

async def native():
    return 1

@types.coroutine
def gen_based():
    yield

def plain():
    return 1

async def agen():
    yield 1

class Callable:
    async def method(self):
        return 2

c = native()
print("iscoroutinefunction:", [asyncio.iscoroutinefunction(f) for f in (native, gen_based, plain, agen, Callable().method)])
print("iscoroutine:", asyncio.iscoroutine(c), asyncio.iscoroutine(gen_based()), asyncio.iscoroutine(plain), asyncio.iscoroutine(agen()))
print("inspect agrees for native:", inspect.iscoroutine(c), inspect.iscoroutinefunction(native))
print("inspect on gen-based:", inspect.iscoroutine(gen_based()), inspect.isawaitable(gen_based()))
print("type:", type(c).__name__, c.__name__, c.cr_running, c.cr_await)
c.close()
print("after close:", inspect.getcoroutinestate(c))
