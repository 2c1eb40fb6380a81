import asyncio

async def bad():
    await asyncio.sleep(1)
    raise ArithmeticError("inner failed")

async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(bad(), timeout=3)
    except ArithmeticError as e:
        print("propagated:", repr(e), "at", loop.time())
    await asyncio.sleep(5)
    print("later", loop.time())

asyncio.run(main())
