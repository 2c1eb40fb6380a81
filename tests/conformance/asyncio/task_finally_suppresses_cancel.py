import asyncio

async def weird():
    try:
        await asyncio.sleep(10)
    finally:
        return "returned from finally"

async def main():
    t = asyncio.create_task(weird())
    await asyncio.sleep(1)
    t.cancel()
    print(await t)
    print("cancelled:", t.cancelled(), "cancelling:", t.cancelling())

asyncio.run(main())
