import asyncio

async def producer(q, name, items, delay):
    for i in range(items):
        await asyncio.sleep(delay)
        await q.put(f"{name}{i}")
        print(f"t={asyncio.get_running_loop().time()} put {name}{i} size={q.qsize()}")

async def consumer(q, n):
    got = []
    for _ in range(n):
        item = await q.get()
        got.append(item)
        await asyncio.sleep(0.25)
    return got

async def main():
    q = asyncio.Queue()
    c = asyncio.create_task(consumer(q, 6))
    await asyncio.gather(producer(q, "a", 3, 0.5), producer(q, "b", 3, 0.3))
    print("consumed:", await c)

asyncio.run(main())
