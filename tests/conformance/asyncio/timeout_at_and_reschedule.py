import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 2) as cm:
            await asyncio.sleep(1)
            print("at", loop.time(), "pushing deadline from", cm.when())
            cm.reschedule(loop.time() + 3)
            await asyncio.sleep(2.5)
            print("at", loop.time(), "still inside; now shorten to +0.5")
            cm.reschedule(loop.time() + 0.5)
            await asyncio.sleep(5)
    except TimeoutError:
        print("timed out at", loop.time(), "when", cm.when())

asyncio.run(main())
