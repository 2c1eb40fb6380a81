import asyncio

async def slow_gen():
    for i in range(3):
        await asyncio.sleep(1)
        yield i

async def main():
    g = slow_gen()
    t1 = asyncio.create_task(anext(g))
    await asyncio.sleep(0.5)
    try:
        await anext(g)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("t1 ->", await t1, "at", asyncio.get_running_loop().time())
    print("next ->", await anext(g))
    await g.aclose()

asyncio.run(main())
