import asyncio

async def child(name):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print(name, "cancelled at", asyncio.get_running_loop().time())
        raise

async def runner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("only"))
            await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("runner got plain CancelledError (not a group)")
        raise

async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(2)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("runner cancelled:", t.cancelled(), "at", asyncio.get_running_loop().time())

asyncio.run(main())
