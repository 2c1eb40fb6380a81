import asyncio

async def producer(tag, delays):
    for i, d in enumerate(delays):
        await asyncio.sleep(d)
        yield f"{tag}{i}"

async def reader(gen, log):
    async for item in gen:
        log.append(f"{item}@{asyncio.get_running_loop().time()}")

async def main():
    log = []
    await asyncio.gather(reader(producer("x", [0.3, 0.3, 0.3]), log),
                         reader(producer("y", [0.2, 0.5, 0.1]), log),
                         reader(producer("z", [0.6, 0.0, 0.0]), log))
    print(" ".join(log))

asyncio.run(main())
