import asyncio

async def sleeper(i, log):
    await asyncio.sleep(1)
    log.append(i)

async def main():
    for n in (3, 6, 8, 12):
        log = []
        tasks = [asyncio.create_task(sleeper(i, log)) for i in range(n)]
        await asyncio.gather(*tasks)
        print(f"{n:2d} tasks woke at {asyncio.get_running_loop().time()}:", *log)

asyncio.run(main())
