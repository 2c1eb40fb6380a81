import asyncio

async def countdown(n):
    while n > 0:
        await asyncio.sleep(0.1)
        yield n
        n -= 1

class Ticks:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(1)
        return self.n

async def main():
    g = countdown(2)
    it = aiter(g)
    print("aiter returns same:", it is g)
    print(await anext(it), await anext(it))
    print("default:", await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration without default")
    print([x async for x in Ticks(3)], asyncio.get_running_loop().time())
    try:
        anext(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
