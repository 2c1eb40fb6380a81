import asyncio

async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled at", asyncio.get_running_loop().time())
        raise

async def outer():
    try:
        await asyncio.wait_for(inner(), timeout=5)
    except asyncio.CancelledError:
        print("outer cancelled at", asyncio.get_running_loop().time())
        raise

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(2)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: outer task cancelled =", t.cancelled())
    await asyncio.sleep(5)
    print("no late timeout, time", asyncio.get_running_loop().time())

asyncio.run(main())
