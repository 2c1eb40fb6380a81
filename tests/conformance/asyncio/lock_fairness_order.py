import asyncio

async def user(name, lock, hold, log):
    loop = asyncio.get_running_loop()
    log.append(f"{name} wants at {loop.time()}")
    async with lock:
        log.append(f"{name} holds at {loop.time()}")
        await asyncio.sleep(hold)
    log.append(f"{name} released at {loop.time()}")

async def main():
    lock = asyncio.Lock()
    log = []
    tasks = [asyncio.create_task(user(n, lock, h, log)) for n, h in
             [("a", 1), ("b", 0.5), ("c", 0), ("d", 2)]]
    await asyncio.sleep(0.1)
    tasks.append(asyncio.create_task(user("late", lock, 0.1, log)))
    await asyncio.gather(*tasks)
    print("\n".join(log))

asyncio.run(main())
