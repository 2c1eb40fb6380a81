# A cancelled waiter leaves the Lock's queue; the next one in line gets the lock.
import asyncio

async def holder(lock, log):
    async with lock:
        log.append("holder in")
        await asyncio.sleep(1)
        log.append("holder out")

async def waiter(name, lock, log):
    try:
        async with lock:
            log.append(f"{name} in")
            await asyncio.sleep(0.1)
            log.append(f"{name} out")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled, locked={lock.locked()}")
        raise

async def main():
    lock = asyncio.Lock()
    log = []
    h = asyncio.create_task(holder(lock, log))
    await asyncio.sleep(0)
    ws = [asyncio.create_task(waiter(f"w{i}", lock, log)) for i in range(4)]
    await asyncio.sleep(0.5)
    print("waiters:", len(lock._waiters))
    ws[1].cancel()
    ws[0].cancel()
    await asyncio.sleep(0)
    print("waiters after cancel:", len(lock._waiters))
    results = await asyncio.gather(h, *ws, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print("\n".join(log))

asyncio.run(main())
