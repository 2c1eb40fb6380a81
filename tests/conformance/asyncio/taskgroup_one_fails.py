import asyncio

async def ok(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled at", asyncio.get_running_loop().time())
        raise

async def bad(d):
    await asyncio.sleep(d)
    raise ValueError("bad child")

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("quick", 0.5))
            tg.create_task(bad(1))
            tg.create_task(ok("slow", 5))
            await asyncio.sleep(10)
            print("body not reached")
    except* ValueError as eg:
        print("except* ValueError:", repr(eg.exceptions), "at", loop.time())

asyncio.run(main())
