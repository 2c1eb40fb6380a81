import asyncio

async def victim():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise RuntimeError("victim failed while being cancelled")

async def trigger():
    await asyncio.sleep(1)
    raise ValueError("trigger")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(victim())
            tg.create_task(trigger())
    except ExceptionGroup as eg:
        print(repr(eg.exceptions))

asyncio.run(main())
