import asyncio
import random

async def worker(wid, q, results):
    while True:
        job = await q.get()
        if job is None:
            q.task_done()
            return wid
        await asyncio.sleep(random.random())
        results.append((job, wid, round(asyncio.get_running_loop().time(), 6)))
        q.task_done()

async def main():
    q = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(w, q, results)) for w in range(3)]
    for job in range(12):
        await q.put(job)
    for _ in workers:
        await q.put(None)
    await q.join()
    print(await asyncio.gather(*workers))
    for r in results:
        print(*r)

asyncio.run(main())
