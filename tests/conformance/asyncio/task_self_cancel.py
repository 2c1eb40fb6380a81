import asyncio

async def selfish():
    me = asyncio.current_task()
    print("cancel myself:", me.cancel())
    print("still running after cancel(); cancelling =", me.cancelling())
    x = sum(range(10))
    print("computed", x)
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("CancelledError at first await, time", asyncio.get_running_loop().time())
        raise

async def main():
    t = asyncio.create_task(selfish())
    try:
        await t
    except asyncio.CancelledError:
        print("main: task cancelled =", t.cancelled())

asyncio.run(main())
