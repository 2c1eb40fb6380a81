import asyncio

async def guarded():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(5):
            await asyncio.sleep(10)
    except TimeoutError:
        print("TimeoutError (wrong)")
    except asyncio.CancelledError:
        print("external cancel passes through as CancelledError at", loop.time())
        raise

async def main():
    t = asyncio.create_task(guarded())
    await asyncio.sleep(2)
    t.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("cancelled:", t.cancelled())

asyncio.run(main())
