import asyncio

async def putter(name, q, log):
    await q.put(name)
    log.append(f"{name} put at {asyncio.get_running_loop().time()}")

async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("seed")
    log = []
    tasks = [asyncio.create_task(putter(f"p{i}", q, log)) for i in range(4)]
    await asyncio.sleep(1)
    got = []
    while len(got) < 5:
        got.append(await q.get())
        await asyncio.sleep(0.5)
    await asyncio.gather(*tasks)
    print(got)
    print("\n".join(log))

asyncio.run(main())
