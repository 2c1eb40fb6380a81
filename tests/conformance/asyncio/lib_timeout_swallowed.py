# If the block catches the CancelledError itself, the timeout is still marked
# expired but no TimeoutError is raised.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1) as cm:
        try:
            await asyncio.sleep(3)
        except asyncio.CancelledError:
            print("caught the cancellation at", loop.time())
    print("after block:", cm.expired(), repr(cm), asyncio.current_task().cancelling())
    await asyncio.sleep(1)
    print("still running at", loop.time())

asyncio.run(main())
