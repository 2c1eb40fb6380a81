import asyncio

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(5)
    try:
        async with asyncio.timeout_at(1):
            print("body starts even though the deadline passed")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("TimeoutError at", loop.time())
    try:
        async with asyncio.timeout(0):
            print("timeout(0) body runs until first await")
            x = 1 + 1
            await asyncio.sleep(3)
    except TimeoutError:
        print("timeout(0) expired at", loop.time())
    async with asyncio.timeout(0):
        print("no await inside: no error")
    print("end")

asyncio.run(main())
