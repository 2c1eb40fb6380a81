# Workers limited by a Semaphore give up after a timeout; the units are never
# lost: timed-out waiters leave the queue.
import asyncio

async def worker(i, sem, log):
    try:
        async with asyncio.timeout(2.5):
            async with sem:
                log.append(f"{asyncio.get_running_loop().time()} w{i} working")
                await asyncio.sleep(1 + i % 2)
    except TimeoutError:
        log.append(f"{asyncio.get_running_loop().time()} w{i} gave up")

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(worker(i, sem, log) for i in range(7)))
    print("\n".join(log))
    print("value:", sem._value, "waiters:", len(sem._waiters), "locked:", sem.locked())

asyncio.run(main())
