import asyncio

async def worker(name, delay, fail=False):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(delay)
    if fail:
        print(f"{name} raising at {loop.time()}")
        raise RuntimeError(name)
    print(f"{name} completed at {loop.time()}")
    return name

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(worker("w1", 1)), asyncio.create_task(worker("w2", 2, fail=True)),
             asyncio.create_task(worker("w3", 3))]
    try:
        await asyncio.gather(*tasks)
    except RuntimeError as e:
        print("gather raised", e, "at", loop.time())
    print("w3 cancelled?", tasks[2].cancelled(), "done?", tasks[2].done())
    await asyncio.sleep(2)
    print("w3 result:", tasks[2].result(), "at", loop.time())

asyncio.run(main())
