import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1.5) as cm:
            print("deadline", cm.when(), "expired", cm.expired())
            await asyncio.sleep(10)
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError at", loop.time(), "expired", cm.expired(), "args", e.args)
        print("cause:", type(e.__cause__).__name__)
    async with asyncio.timeout(5) as cm2:
        await asyncio.sleep(1)
    print("in time: expired", cm2.expired(), "deadline", cm2.when(), "now", loop.time())

asyncio.run(main())
