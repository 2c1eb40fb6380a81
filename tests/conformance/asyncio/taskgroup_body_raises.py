import asyncio

async def child(name):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1"))
            await asyncio.sleep(1)
            raise ZeroDivisionError("body failed")
    except* ZeroDivisionError as eg:
        print("caught:", repr(eg.exceptions), "time", asyncio.get_running_loop().time())

asyncio.run(main())
