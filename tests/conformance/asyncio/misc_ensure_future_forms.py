import asyncio

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0.5).__await__()
        return "custom awaitable"

async def coro():
    await asyncio.sleep(0.25)
    return "coroutine"

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("future returned as-is:", asyncio.ensure_future(f) is f)
    t = asyncio.ensure_future(coro())
    print("coroutine wrapped in:", type(t).__name__, t.get_name())
    w = asyncio.ensure_future(Awaitable())
    print("awaitable wrapped in:", type(w).__name__)
    print("task returned as-is:", asyncio.ensure_future(t) is t)
    f.set_result("future")
    print(await t, await w, await f, loop.time())

asyncio.run(main())
