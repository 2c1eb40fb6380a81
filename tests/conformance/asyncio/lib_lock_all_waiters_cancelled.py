# When every queued waiter was cancelled, a newcomer takes a free lock at once.
import asyncio

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    ts = [asyncio.create_task(lock.acquire()) for _ in range(3)]
    await asyncio.sleep(0)
    for t in ts:
        t.cancel()
    lock.release()
    print("locked after release:", lock.locked())
    print("fast acquire:", await lock.acquire())
    print("cancelled:", [t.cancelled() for t in ts])
    await asyncio.sleep(0)
    print("cancelled after a step:", [t.cancelled() for t in ts])
    print("waiters left:", len(lock._waiters))
    lock.release()
    print("locked:", lock.locked())

asyncio.run(main())
