import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print("when:", cm.when())
            await asyncio.sleep(3)
            print("no deadline, slept until", loop.time())
            cm.reschedule(loop.time() + 1)
            await asyncio.sleep(3)
    except TimeoutError:
        print("expired at", loop.time())
    async with asyncio.timeout(1) as cm:
        cm.reschedule(None)
        await asyncio.sleep(2)
    print("reschedule(None) disabled it:", cm.expired(), loop.time())

asyncio.run(main())
