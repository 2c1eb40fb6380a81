# 10,000 tasks, each awaiting asyncio.sleep(0) 20 times.
# Line 1 does not depend on the order the tasks run in; line 2 does.
import asyncio

TASKS = 10_000
ROUNDS = 20


async def worker(i, counts, trace):
    for r in range(ROUNDS):
        await asyncio.sleep(0)
        counts[i] += r
        if r == ROUNDS // 2:
            trace.append(i)
    return i


async def main():
    counts = [0] * TASKS
    trace = []
    tasks = [asyncio.create_task(worker(i, counts, trace)) for i in range(TASKS)]
    done = await asyncio.gather(*tasks)
    order = 0
    for pos, i in enumerate(trace):
        order = (order * 31 + i * (pos + 1)) % 1_000_000_007
    return sum(done) + sum(counts), order


total, order = asyncio.run(main())
print("tasks_sleep0", TASKS, ROUNDS, total)
print("order", order)
