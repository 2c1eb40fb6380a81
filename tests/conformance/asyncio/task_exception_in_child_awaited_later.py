import asyncio

async def failing():
    await asyncio.sleep(1)
    print("failing raises at", asyncio.get_running_loop().time())
    raise LookupError("lost")

async def main():
    t = asyncio.create_task(failing())
    await asyncio.sleep(2)
    print("main awaits at", asyncio.get_running_loop().time(), "done:", t.done())
    try:
        await t
    except LookupError as e:
        print("caught", repr(e))
    try:
        await t
    except LookupError as e:
        print("caught again", repr(e))

asyncio.run(main())
