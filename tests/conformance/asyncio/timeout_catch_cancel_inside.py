import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1) as cm:
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            print("body swallowed the cancellation at", loop.time())
    print("no TimeoutError; expired =", cm.expired(), "cancelling =", asyncio.current_task().cancelling())
    await asyncio.sleep(1)
    print("still fine at", loop.time())

asyncio.run(main())
