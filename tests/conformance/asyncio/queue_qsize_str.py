import asyncio

async def main():
    q = asyncio.Queue(maxsize=3)
    print(str(q))
    q.put_nowait(1)
    q.put_nowait("two")
    print(str(q))
    q.get_nowait()
    print(str(q))
    print(str(asyncio.LifoQueue()), str(asyncio.PriorityQueue(maxsize=5)))
    print("maxsize<=0 means unbounded:", asyncio.Queue(maxsize=-1).full(), asyncio.Queue(0).full())

asyncio.run(main())
