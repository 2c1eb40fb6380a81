import asyncio

async def worker(name, sem, d, log):
    loop = asyncio.get_running_loop()
    async with sem:
        log.append(f"{loop.time()}: {name} in, locked={sem.locked()}")
        await asyncio.sleep(d)
    log.append(f"{loop.time()}: {name} out")

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(worker(n, sem, d, log) for n, d in
                           [("a", 2), ("b", 1), ("c", 1), ("d", 3), ("e", 0.5)]))
    print("\n".join(log))
    print("locked at end:", sem.locked())

asyncio.run(main())
