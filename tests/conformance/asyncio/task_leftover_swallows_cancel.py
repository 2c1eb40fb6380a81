import asyncio

async def stubborn():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("stubborn caught the cancel and returns normally")
        return "not cancelled"

async def main():
    asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
print("run returned")
