import asyncio

async def taker(name, sem, log):
    await sem.acquire()
    log.append(f"{name} acquired at {asyncio.get_running_loop().time()}")

async def main():
    sem = asyncio.Semaphore(0)
    log = []
    t1 = asyncio.create_task(taker("first", sem, log))
    t2 = asyncio.create_task(taker("second", sem, log))
    await asyncio.sleep(1)
    sem.release()
    # a newcomer arrives before the woken waiter has run
    t3 = asyncio.create_task(taker("newcomer", sem, log))
    await asyncio.sleep(1)
    sem.release()
    await asyncio.sleep(1)
    sem.release()
    await asyncio.gather(t1, t2, t3)
    print("\n".join(log))

asyncio.run(main())
