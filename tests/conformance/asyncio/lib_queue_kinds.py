# PriorityQueue and LifoQueue orders, and the nowait errors.
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "0"), (5, "e")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue(3)
    for i in range(3):
        await lq.put(i)
    try:
        lq.put_nowait(99)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), type(e).__mro__[1].__name__)
    got = []
    for _ in range(3):
        got.append(await lq.get())
    print(lq.full(), got)
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q = asyncio.Queue(-1)
    for i in range(100):
        q.put_nowait(i)
    print("unbounded full?", q.full(), q.qsize())
    print(asyncio.QueueFull.__module__, asyncio.Queue.__module__, asyncio.PriorityQueue.__mro__[1].__name__)

asyncio.run(main())
