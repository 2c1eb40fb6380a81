import asyncio

async def main():
    loop = asyncio.get_running_loop()
    cond = asyncio.Condition()
    async with cond:
        try:
            await asyncio.wait_for(cond.wait(), timeout=1)
        except TimeoutError:
            print("timed out at", loop.time(), "lock held again:", cond.locked())
    print("released after block:", not cond.locked())

    async def holder():
        async with cond:
            await asyncio.sleep(3)
            print("holder releases at", loop.time())

    async def notifier():
        await asyncio.sleep(1)
        async with cond:
            cond.notify_all()
            print("notified at", loop.time())

    async def sleeper():
        async with cond:
            await cond.wait()
            print("sleeper reacquired at", loop.time())

    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    await asyncio.gather(notifier(), holder(), s)

asyncio.run(main())
