import asyncio

async def getter(name, q):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise

async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter("g1", q))
    g2 = asyncio.create_task(getter("g2", q))
    g3 = asyncio.create_task(getter("g3", q))
    await asyncio.sleep(1)
    g1.cancel()
    await asyncio.sleep(0)
    q.put_nowait("first")
    q.put_nowait("second")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("left in queue:", q.qsize())
    await asyncio.gather(g2, g3)

asyncio.run(main())
