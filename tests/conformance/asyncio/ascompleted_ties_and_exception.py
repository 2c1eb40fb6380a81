import asyncio

async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(name)
    return name

async def main():
    specs = [("p", 1, False), ("q", 1, True), ("r", 1, False), ("s", 1, False), ("t", 0.5, False)]
    tasks = [asyncio.create_task(job(*s)) for s in specs]
    order = []
    for fut in asyncio.as_completed(tasks):
        try:
            order.append(await fut)
        except RuntimeError as e:
            order.append(f"error:{e}")
    print(order)
    print("time", asyncio.get_running_loop().time())

asyncio.run(main())
