import asyncio

async def worker(i, steps, log):
    for s in range(steps):
        log.append((s, i))
        await asyncio.sleep(0)
    log.append(("end", i))

async def main():
    log = []
    tasks = []
    for i in range(5):
        tasks.append(asyncio.create_task(worker(i, i, log)))
        if i == 2:
            await asyncio.sleep(0)   # tasks 0..2 start before 3 and 4 exist
    await asyncio.wait(tasks)
    print(log)

asyncio.run(main())
