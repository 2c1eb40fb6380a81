import asyncio

async def ok(x):
    await asyncio.sleep(x)
    return x

async def bad(x, exc):
    await asyncio.sleep(x)
    raise exc

async def main():
    res = await asyncio.gather(ok(1), bad(0.5, ValueError("v")), ok(2), bad(1.5, KeyError("k")),
                               return_exceptions=True)
    print([repr(r) for r in res])
    print("time", asyncio.get_running_loop().time())
    try:
        await asyncio.gather(ok(1), bad(0.5, ValueError("first")), bad(0.7, TypeError("second")))
    except Exception as e:
        print("without return_exceptions:", repr(e), "time", asyncio.get_running_loop().time())

asyncio.run(main())
