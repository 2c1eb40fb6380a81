import asyncio

async def leaf(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise

async def main():
    inner = asyncio.gather(leaf("x"), leaf("y"))
    outer = asyncio.gather(leaf("a"), inner, leaf("b"))
    await asyncio.sleep(1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer raised CancelledError")
    print("inner done:", inner.done(), "inner cancelled():", inner.cancelled())

asyncio.run(main())
