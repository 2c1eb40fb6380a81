import asyncio

async def producer(q):
    loop = asyncio.get_running_loop()
    for i in range(5):
        print(f"t={loop.time()} putting {i} (full={q.full()})")
        await q.put(i)
        print(f"t={loop.time()} put {i} done, qsize={q.qsize()}")

async def consumer(q):
    loop = asyncio.get_running_loop()
    for _ in range(5):
        await asyncio.sleep(1)
        item = q.get_nowait()
        print(f"t={loop.time()} got {item}")

async def main():
    q = asyncio.Queue(maxsize=2)
    print("maxsize", q.maxsize)
    await asyncio.gather(producer(q), consumer(q))

asyncio.run(main())
