# Tasks on short timers: each of N tasks sleeps one short delay (0 to 10 ms, 101
# distinct deadlines), so the timer heap holds about N timers at once.
# Line 1 does not depend on the order the tasks finish in; line 2 does (the heap's
# order, ties included) and shows the loop's clock.
import asyncio

N = 50_000


async def worker(i, log):
    await asyncio.sleep(((i * 7) % 101) * 0.0001)
    log.append(i)
    return i


async def main():
    loop = asyncio.get_running_loop()
    log = []
    tasks = [asyncio.create_task(worker(i, log)) for i in range(N)]
    results = await asyncio.gather(*tasks)
    checksum = 0
    for pos, i in enumerate(log):
        checksum = (checksum * 31 + i * (pos + 1)) % 1_000_000_007
    return len(log), sum(results), checksum, round(loop.time(), 6)


count, total, order, clock = asyncio.run(main())
print("tasks_timers", N, count, total)
print("order", order, "clock", clock)
