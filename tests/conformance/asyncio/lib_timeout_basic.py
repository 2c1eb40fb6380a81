# asyncio.timeout(): an expired block raises TimeoutError whose __context__ is
# the CancelledError; a block finishing in time is left alone.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(1)
    print(repr(cm), cm.expired())
    try:
        async with cm:
            print(repr(cm))
            await asyncio.sleep(5)
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError at", loop.time(), type(e.__context__).__name__, e.__cause__)
        print(type(e) is asyncio.TimeoutError, e.__suppress_context__)
    print(repr(cm), cm.expired(), cm.when())
    async with asyncio.timeout(2) as cm2:
        await asyncio.sleep(1)
    print(repr(cm2), cm2.expired(), cm2.when())
    async with asyncio.timeout(None) as cm3:
        print(repr(cm3))
        await asyncio.sleep(10)
    print(repr(cm3), loop.time())
    print(asyncio.current_task().cancelling())

asyncio.run(main())
