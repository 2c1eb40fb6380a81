# A task cancelled from outside while its timeout also fires: the timeout does
# not swallow the outside cancellation (cancelling() stays > 0).
import asyncio

async def inner(log):
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1) as cm:
            await asyncio.sleep(5)
    except TimeoutError:
        log.append("TimeoutError (wrong)")
    except asyncio.CancelledError:
        log.append(f"CancelledError at {loop.time()}, expired={cm.expired()}, "
                   f"cancelling={asyncio.current_task().cancelling()}")
        raise

async def plain_timeout(log):
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(5)
    except TimeoutError:
        log.append(f"plain: TimeoutError, cancelling={asyncio.current_task().cancelling()}")

async def main():
    log = []
    t = asyncio.create_task(inner(log))
    loop = asyncio.get_running_loop()
    loop.call_at(1, t.cancel)
    try:
        await t
    except asyncio.CancelledError:
        log.append(f"task cancelled: {t.cancelled()}")
    t2 = asyncio.create_task(inner(log))
    await asyncio.sleep(0.5)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        log.append(f"t2 cancelled at {loop.time()}")
    await plain_timeout(log)
    print("\n".join(log))

asyncio.run(main())
