import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    return name

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(n, d)) for n, d in
             [("a", 3), ("b", 1), ("c", 2), ("d", 0.5), ("e", 2)]]
    for i, fut in enumerate(asyncio.as_completed(tasks)):
        r = await fut
        print(i, r, loop.time())

asyncio.run(main())
