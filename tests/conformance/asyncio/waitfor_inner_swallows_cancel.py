import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner swallowed cancel at", asyncio.get_running_loop().time())
        await asyncio.sleep(0.5)
        return "value after cancel"

async def main():
    loop = asyncio.get_running_loop()
    try:
        r = await asyncio.wait_for(stubborn(), timeout=1)
        print("wait_for returned", repr(r), "at", loop.time())
    except TimeoutError:
        print("TimeoutError at", loop.time())

asyncio.run(main())
