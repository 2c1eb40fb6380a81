import asyncio

async def main():
    async with asyncio.timeout(2):
        await asyncio.sleep(3)

try:
    asyncio.run(main())
except TimeoutError as e:
    print("caught", type(e).__name__, "is asyncio.TimeoutError:", asyncio.TimeoutError is TimeoutError)

async def main2():
    await asyncio.wait_for(asyncio.sleep(10), 1)

asyncio.run(main2())
