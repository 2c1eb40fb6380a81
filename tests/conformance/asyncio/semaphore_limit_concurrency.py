import asyncio
import random

async def fetch(i, sem, stats):
    async with sem:
        stats["now"] += 1
        stats["peak"] = max(stats["peak"], stats["now"])
        await asyncio.sleep(round(random.uniform(0.1, 1.0), 3))
        stats["now"] -= 1
        return i

async def main():
    sem = asyncio.Semaphore(3)
    stats = {"now": 0, "peak": 0}
    res = await asyncio.gather(*(fetch(i, sem, stats) for i in range(20)))
    print(res == list(range(20)), stats, round(asyncio.get_running_loop().time(), 6))

asyncio.run(main())
