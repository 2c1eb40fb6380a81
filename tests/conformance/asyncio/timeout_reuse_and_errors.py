import asyncio

async def main():
    cm = asyncio.timeout(1)
    async with cm:
        await asyncio.sleep(0.5)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("reuse:", e)
    cm2 = asyncio.timeout(1)
    async with cm2:
        pass
    try:
        cm2.reschedule(10)
    except RuntimeError as e:
        print("reschedule after exit:", e)

asyncio.run(main())
