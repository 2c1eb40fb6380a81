import asyncio

async def work(x):
    await asyncio.sleep(x)
    return x

async def main():
    c = work(1)
    t = asyncio.create_task(c)
    print("get_coro is the coroutine:", t.get_coro() is c)
    print("task is a Future:", isinstance(t, asyncio.Future), type(t).__name__)
    print("coroutine name:", t.get_coro().__name__, t.get_coro().__qualname__)
    print("result:", await t)
    print("stack after done:", t.get_stack())

asyncio.run(main())
