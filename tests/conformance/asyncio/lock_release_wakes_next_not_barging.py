import asyncio

async def waiter(lock, log):
    async with lock:
        log.append("waiter got the lock")

async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    t = asyncio.create_task(waiter(lock, log))
    await asyncio.sleep(0)          # waiter is now queued
    lock.release()
    # main tries to take the lock again before the waiter has run
    log.append(f"locked right after release: {lock.locked()}")
    await lock.acquire()
    log.append("main re-acquired")
    lock.release()
    await t
    print("\n".join(log))

asyncio.run(main())
