import asyncio

async def getter(name, q, log):
    item = await q.get()
    log.append(f"{name}<-{item}")

async def main():
    q = asyncio.Queue()
    log = []
    tasks = [asyncio.create_task(getter(f"g{i}", q, log)) for i in range(5)]
    await asyncio.sleep(0)
    for x in "vwxyz":
        q.put_nowait(x)
    await asyncio.gather(*tasks)
    print(" ".join(log))

asyncio.run(main())
