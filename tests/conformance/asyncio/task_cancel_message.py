import asyncio

async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("inner sees", e.args)
        raise

async def main():
    t = asyncio.create_task(inner())
    await asyncio.sleep(0)
    t.cancel(msg="shutdown requested")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees", e.args)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() sees", e.args)
    u = asyncio.create_task(inner())
    u.cancel("before start")
    try:
        await u
    except asyncio.CancelledError as e:
        print("never started, main sees", e.args)

asyncio.run(main())
