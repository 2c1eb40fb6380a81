import asyncio

async def child(d):
    await asyncio.sleep(d)
    return d

async def main():
    g = asyncio.gather(child(1), child(3), return_exceptions=True)
    asyncio.get_running_loop().call_later(2, g.cancel)
    try:
        print(await g)
    except asyncio.CancelledError:
        print("cancelled gather raises even with return_exceptions=True")
    print("time", asyncio.get_running_loop().time())

asyncio.run(main())
