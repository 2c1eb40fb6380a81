import asyncio

async def worker(tg, depth, log):
    loop = asyncio.get_running_loop()
    log.append(f"depth {depth} starts at {loop.time()}")
    await asyncio.sleep(1)
    if depth < 3:
        tg.create_task(worker(tg, depth + 1, log))
        tg.create_task(asyncio.sleep(0.5))

async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker(tg, 0, log))
    print("\n".join(log))
    print("group exited at", asyncio.get_running_loop().time())

asyncio.run(main())
