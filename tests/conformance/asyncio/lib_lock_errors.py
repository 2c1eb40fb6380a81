# Lock error messages and acquire()'s return value.
import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await lock.acquire())
    lock.release()
    async with lock as value:
        print("as value:", value, lock.locked())
    print(lock.locked())
    try:
        async with lock:
            raise ValueError("inside")
    except ValueError as e:
        print("ValueError:", e, "locked:", lock.locked())
    sem = asyncio.Semaphore(0)
    print("sem(0) locked:", sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    bs = asyncio.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
    lock.release()

asyncio.run(main())
