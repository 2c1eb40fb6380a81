import asyncio

async def quick():
    print("quick body runs")
    return "quick"

async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(quick(), timeout=0)
    except TimeoutError:
        print("timeout=0 on a coroutine -> TimeoutError at", loop.time())
    done = loop.create_future()
    done.set_result("ready")
    print("timeout=0 on a done future ->", await asyncio.wait_for(done, 0))
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=-1)
    except TimeoutError:
        print("negative timeout -> TimeoutError at", loop.time())
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("done task with timeout=0 ->", await asyncio.wait_for(t, 0))

asyncio.run(main())
