import asyncio

runs = []

async def work(tag):
    runs.append(tag)
    await asyncio.sleep(1)
    return tag

async def main():
    c = work("shared")
    res = await asyncio.gather(c, c, work("other"), c)
    print(res, runs)
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(1, fut.set_result, "F")
    print(await asyncio.gather(fut, fut, fut))
    t = asyncio.create_task(work("task"))
    print(await asyncio.gather(t, t), runs)

asyncio.run(main())
