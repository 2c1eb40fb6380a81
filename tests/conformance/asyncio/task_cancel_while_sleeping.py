import asyncio

async def sleeper():
    loop = asyncio.get_running_loop()
    try:
        print("sleeping at", loop.time())
        await asyncio.sleep(10)
        print("woke normally (should not)")
    except asyncio.CancelledError:
        print("cancelled at", loop.time())
        raise
    finally:
        print("finally at", loop.time())

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(2.5)
    t.cancel()
    print("cancel requested; done yet?", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("main saw CancelledError at", asyncio.get_running_loop().time())
    print("cancelled:", t.cancelled())

asyncio.run(main())
