import asyncio

async def worker(name, q):
    loop = asyncio.get_running_loop()
    while True:
        job = await q.get()
        await asyncio.sleep(job)
        print(f"{name} finished job {job} at {loop.time()}")
        q.task_done()

async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    for job in [0.5, 1.0, 0.25, 0.75, 0.5]:
        q.put_nowait(job)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("join returned at", loop.time())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    await q.join()
    print("join on a finished queue returns at once")

asyncio.run(main())
