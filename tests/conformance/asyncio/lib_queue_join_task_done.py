# join() waits until task_done() was called for every item put.
import asyncio

async def worker(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        log.append(f"{asyncio.get_running_loop().time():.2f} {name} done {item}")
        q.task_done()

async def main():
    q = asyncio.Queue()
    log = []
    for d in (0.5, 0.25, 1.0, 0.75, 0.5):
        q.put_nowait(d)
    print("unfinished:", q._unfinished_tasks)
    ws = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(2)]
    joiners = [asyncio.create_task(q.join()) for _ in range(2)]
    await q.join()
    print(f"joined at {asyncio.get_running_loop().time()}")
    await asyncio.sleep(0)
    print("joiners done:", [j.done() for j in joiners])
    print("\n".join(log))
    print("join on an idle queue returns at once:", await q.join())
    for w in ws:
        w.cancel()
    res = await asyncio.gather(*ws, return_exceptions=True)
    print([type(r).__name__ for r in res])
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
