import asyncio

async def getter(name, q):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled")

async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(getter("a", q))
    b = asyncio.create_task(getter("b", q))
    await asyncio.sleep(0)
    q.put_nowait("only item")   # wakes a
    a.cancel()                  # ... but a is cancelled before it runs
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("queue size:", q.qsize())
    await asyncio.wait([a, b])

asyncio.run(main())
