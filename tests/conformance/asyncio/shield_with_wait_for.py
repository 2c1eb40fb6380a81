import asyncio

async def work():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(4)
        print("work done at", loop.time())
        return "result"
    except asyncio.CancelledError:
        print("work cancelled (should not happen)")
        raise

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(work())
    try:
        await asyncio.wait_for(asyncio.shield(t), timeout=1)
    except TimeoutError:
        print("timed out at", loop.time(), "task still running:", not t.done())
    print("finally got", await t, "at", loop.time())

asyncio.run(main())
