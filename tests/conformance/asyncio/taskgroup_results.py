import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    print(f"{name} done at {asyncio.get_running_loop().time()}")
    return name * 2

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 2))
        b = tg.create_task(job("b", 1), name="bee")
        c = tg.create_task(job("c", 3))
        print("inside body, names:", a.get_name(), b.get_name(), c.get_name())
        await asyncio.sleep(0.5)
        print("body finished at", loop.time())
    print("exited at", loop.time(), [t.result() for t in (a, b, c)])

asyncio.run(main())
