import asyncio

async def boom(d, msg):
    await asyncio.sleep(d)
    print("raising", msg)
    raise RuntimeError(msg)

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom(1, "first"))
        tg.create_task(boom(1, "second"))

asyncio.run(main())
