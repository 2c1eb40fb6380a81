import asyncio

async def gen():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(1)
    finally:
        print("gen finally at", asyncio.get_running_loop().time())
        await asyncio.sleep(0.5)
        print("gen cleanup done at", asyncio.get_running_loop().time())

async def main():
    g = gen()
    print(await g.__anext__(), await anext(g), await anext(g))
    await g.aclose()
    print("after aclose at", asyncio.get_running_loop().time())
    try:
        await anext(g)
    except StopAsyncIteration:
        print("exhausted after aclose")
    await g.aclose()
    print("second aclose is a no-op")

asyncio.run(main())
