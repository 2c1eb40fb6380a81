import asyncio

async def ticker(name, n, d):
    for i in range(n):
        await asyncio.sleep(d)
        yield f"{name}{i}@{asyncio.get_running_loop().time()}"

async def consume(name, n, d, log):
    async for v in ticker(name, n, d):
        log.append(v)

async def main():
    log = []
    await asyncio.gather(consume("a", 3, 1.0, log), consume("b", 4, 0.75, log))
    print(" ".join(log))

asyncio.run(main())
