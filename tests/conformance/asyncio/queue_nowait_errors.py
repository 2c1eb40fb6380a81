import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), isinstance(e, Exception))
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(q.qsize(), q.empty(), q.full())
    print(q.get_nowait(), q.qsize(), q.empty(), q.full())
    u = asyncio.Queue()
    for i in range(1000):
        u.put_nowait(i)
    print("unbounded full?", u.full(), u.qsize())

asyncio.run(main())
