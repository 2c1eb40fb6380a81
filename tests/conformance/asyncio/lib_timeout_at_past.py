# timeout_at with a deadline already past fires at the next loop iteration: the
# block runs until its first suspension.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    log = []
    try:
        async with asyncio.timeout_at(loop.time() - 5) as cm:
            log.append("entered")
            log.append("still running")
            await asyncio.sleep(0)
            log.append("after first suspension")
    except TimeoutError:
        log.append(f"TimeoutError at {loop.time()} expired={cm.expired()}")
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(0)
    except TimeoutError:
        log.append("timeout(0) expires too")
    async with asyncio.timeout(0):
        log.append("a block that never suspends finishes")
    log.append(f"cancelling={asyncio.current_task().cancelling()}")
    print("\n".join(log))

asyncio.run(main())
