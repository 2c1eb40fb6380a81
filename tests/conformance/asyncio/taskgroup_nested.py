import asyncio

async def leaf(name, d, fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            raise LookupError(name)
        print("leaf", name, "ok at", asyncio.get_running_loop().time())
    except asyncio.CancelledError:
        print("leaf", name, "cancelled at", asyncio.get_running_loop().time())
        raise

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf("i1", 1))
        tg.create_task(leaf("i2", 2, fail=True))
        tg.create_task(leaf("i3", 4))

async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner_group())
            outer.create_task(leaf("o1", 3))
    except ExceptionGroup as eg:
        print("outer group:", repr(eg))
        inner = eg.exceptions[0]
        print("inner group:", repr(inner))
        print("leaf errors:", repr(inner.exceptions))

asyncio.run(main())
