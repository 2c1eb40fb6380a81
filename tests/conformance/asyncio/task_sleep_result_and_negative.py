import asyncio

async def other(log):
    for i in range(3):
        log.append(f"other {i}")
        await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    log = []
    t = asyncio.create_task(other(log))
    r = await asyncio.sleep(1, result="r1")
    log.append(f"main sleep(1) -> {r} at {loop.time()}")
    r = await asyncio.sleep(-5, result="neg")
    log.append(f"main sleep(-5) -> {r} at {loop.time()}")
    r = await asyncio.sleep(0, result=[1])
    log.append(f"main sleep(0) -> {r}")
    await t
    print("\n".join(log))

asyncio.run(main())
