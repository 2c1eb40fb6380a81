import asyncio

async def boom():
    await asyncio.sleep(1)
    raise OSError("disk on fire")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom())
        tg.create_task(asyncio.sleep(3))
    print("not reached")

asyncio.run(main())
