import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0.5)
        yield i

async def double(x):
    await asyncio.sleep(0.25)
    return x * 2

async def main():
    loop = asyncio.get_running_loop()
    squares = [x * x async for x in agen(4)]
    print(squares, loop.time())
    evens = [x async for x in agen(6) if x % 2 == 0]
    print(evens, loop.time())
    doubled = [await double(x) for x in range(3)]
    print(doubled, loop.time())
    mapping = {x: await double(x) async for x in agen(2)}
    print(mapping, loop.time())
    gen = (await double(x) for x in range(2))
    print([v async for v in gen], loop.time())

asyncio.run(main())
