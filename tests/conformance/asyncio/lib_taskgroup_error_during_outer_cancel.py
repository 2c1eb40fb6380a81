# The parent is cancelled from outside while the group waits; a child that
# fails during its cancellation turns the result into an exception group
# (errors beat the cancellation).
import asyncio

async def stubborn(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("stubborn cleans up")
        await asyncio.sleep(0.5)
        raise RuntimeError("cleanup failed")

async def body(log):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(stubborn(log))
    except BaseExceptionGroup as eg:
        log.append(f"group: {eg!r}, cancelling={asyncio.current_task().cancelling()}")
        return "handled"

async def main():
    log = []
    t = asyncio.create_task(body(log))
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.sleep(0)
    r = await asyncio.gather(t, return_exceptions=True)
    log.append(f"task result {r}, cancelled={t.cancelled()}")
    print("\n".join(log))

asyncio.run(main())
