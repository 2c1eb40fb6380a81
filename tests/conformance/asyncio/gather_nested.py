import asyncio

async def leaf(name, d):
    await asyncio.sleep(d)
    print("leaf", name, asyncio.get_running_loop().time())
    return name

async def main():
    inner1 = asyncio.gather(leaf("a", 3), leaf("b", 1))
    inner2 = asyncio.gather(leaf("c", 2), asyncio.gather(leaf("d", 0.5), leaf("e", 2.5)))
    print(await asyncio.gather(inner1, inner2, leaf("f", 1.5)))

asyncio.run(main())
