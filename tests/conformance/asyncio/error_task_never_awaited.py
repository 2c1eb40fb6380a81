import asyncio

async def doomed():
    await asyncio.sleep(0.5)
    print("doomed raises")
    raise RuntimeError("nobody listens")

async def main():
    t = asyncio.create_task(doomed())
    await asyncio.sleep(1)
    print("main sees task done:", t.done())
    del t
    print("main ends")

asyncio.run(main())
print("program continues normally")
