import asyncio

async def coro(x):
    await asyncio.sleep(x)
    return f"coro{x}"

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, "future")
    task = asyncio.create_task(coro(2))
    done_fut = loop.create_future()
    done_fut.set_result("done-already")
    res = await asyncio.gather(coro(1), fut, task, done_fut, asyncio.sleep(0.25, result="sleep"))
    print(res, loop.time())

asyncio.run(main())
