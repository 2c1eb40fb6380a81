import asyncio

async def leaf(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled at", asyncio.get_running_loop().time())
        raise

async def middle():
    inner = asyncio.create_task(leaf("leaf"))
    try:
        await inner
    except asyncio.CancelledError:
        print("middle cancelled; inner cancelled?", inner.cancelled())
        raise

async def main():
    m = asyncio.create_task(middle())
    await asyncio.sleep(1)
    m.cancel()
    await asyncio.sleep(0)
    print("one step later: m done?", m.done())
    await asyncio.sleep(0)
    print("two steps later: m done?", m.done(), "cancelled?", m.cancelled())

asyncio.run(main())
