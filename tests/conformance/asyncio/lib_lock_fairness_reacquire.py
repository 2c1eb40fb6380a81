# A task releasing a lock and acquiring it right away has to queue behind the
# waiters already there (the fast path only works with no live waiters).
import asyncio

async def greedy(lock, log):
    for i in range(3):
        await lock.acquire()
        log.append(f"greedy round {i}")
        await asyncio.sleep(0.1)
        lock.release()
    log.append("greedy done")

async def polite(name, lock, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0)
    log.append(f"{name} out")

async def main():
    lock = asyncio.Lock()
    log = []
    g = asyncio.create_task(greedy(lock, log))
    await asyncio.sleep(0)
    ps = [asyncio.create_task(polite(f"p{i}", lock, log)) for i in range(2)]
    await asyncio.gather(g, *ps)
    print("\n".join(log))

asyncio.run(main())
