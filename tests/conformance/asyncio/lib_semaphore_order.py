# A Semaphore(2) lets two workers in at a time, the rest in arrival order.
import asyncio

async def worker(i, sem, log):
    async with sem:
        log.append(f"{asyncio.get_running_loop().time():.2f} w{i} in (value={sem._value})")
        await asyncio.sleep(1 + (i % 3) * 0.5)
    log.append(f"{asyncio.get_running_loop().time():.2f} w{i} out")

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(worker(i, sem, log) for i in range(7)))
    print("\n".join(log))
    print("value:", sem._value, "locked:", sem.locked())

asyncio.run(main())
