import asyncio

async def child(x):
    await asyncio.sleep(x)
    return x

async def main():
    a = asyncio.create_task(child(1))
    b = asyncio.create_task(child(5))
    asyncio.get_running_loop().call_later(2, b.cancel)
    res = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ for r in res], res[0])
    c = asyncio.create_task(child(1))
    d = asyncio.create_task(child(5))
    asyncio.get_running_loop().call_later(2, d.cancel)
    g = asyncio.gather(c, d)
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError; gather.cancelled():", g.cancelled())
    print("main continues at", asyncio.get_running_loop().time())

asyncio.run(main())
