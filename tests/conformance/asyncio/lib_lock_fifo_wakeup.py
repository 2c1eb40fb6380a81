# Tasks queued on a Lock get it in arrival order, one release at a time.
import asyncio

async def worker(name, lock, log, hold):
    log.append(f"{name} wants")
    async with lock:
        log.append(f"{name} got at {asyncio.get_running_loop().time()}")
        await asyncio.sleep(hold)
        log.append(f"{name} releases")

async def main():
    lock = asyncio.Lock()
    log = []
    tasks = [asyncio.create_task(worker(f"w{i}", lock, log, 0.5 + i * 0.25)) for i in range(5)]
    await asyncio.sleep(0)
    print("locked after first step:", lock.locked())
    await asyncio.gather(*tasks)
    print("\n".join(log))
    print("locked at end:", lock.locked())

asyncio.run(main())
