import asyncio

async def other(log):
    log.append("other ran")

async def main():
    lock = asyncio.Lock()
    log = []
    asyncio.create_task(other(log))
    await lock.acquire()
    log.append("acquired free lock without yielding")
    lock.release()
    async with lock:
        log.append("async with free lock")
    await asyncio.sleep(0)
    log.append("after explicit yield")
    print("\n".join(log))

asyncio.run(main())
