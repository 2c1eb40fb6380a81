# Queue repr and str show maxsize, items, waiters and unfinished tasks.
import asyncio

async def main():
    q = asyncio.Queue(2)
    print(str(q))
    r = repr(q)
    print(r.startswith("<Queue at 0x"), r[r.index(" maxsize"):])
    q.put_nowait("a")
    q.put_nowait("b")
    print(str(q))
    p = asyncio.create_task(q.put("c"))
    await asyncio.sleep(0)
    print(str(q))
    q.get_nowait()
    q.get_nowait()
    await asyncio.sleep(0)
    print(str(q))
    q.get_nowait()
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    q.task_done(); q.task_done(); q.task_done()
    print(str(q))
    print(str(asyncio.PriorityQueue()), str(asyncio.LifoQueue(5)))
    g.cancel()

asyncio.run(main())
