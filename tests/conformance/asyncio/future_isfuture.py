import asyncio

class Duck:
    _asyncio_future_blocking = False

class NotDuck:
    _asyncio_future_blocking = None

async def coro():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    c = coro()
    t = asyncio.create_task(coro())
    checks = [
        ("future", loop.create_future()),
        ("task", t),
        ("coroutine", c),
        ("Future class", asyncio.Future),
        ("duck", Duck()),
        ("not duck", NotDuck()),
        ("int", 3),
    ]
    for name, obj in checks:
        print(f"{name:12} isfuture={asyncio.isfuture(obj)} iscoroutine={asyncio.iscoroutine(obj)}")
    c.close()
    await t

asyncio.run(main())
