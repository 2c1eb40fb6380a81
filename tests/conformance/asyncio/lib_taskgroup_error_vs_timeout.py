# A child failing inside asyncio.timeout(): the group's error wins even when the
# deadline passes while the group is aborting.
import asyncio

async def child(name, delay, fail, log):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled at {asyncio.get_running_loop().time()}")
        await asyncio.sleep(1)
        log.append(f"{name} finished its cleanup at {asyncio.get_running_loop().time()}")
        raise
    if fail:
        raise KeyError(name)

async def main():
    log = []
    try:
        async with asyncio.timeout(1.5) as cm:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child("a", 1, True, log))
                tg.create_task(child("b", 5, False, log))
    except TimeoutError:
        log.append("TimeoutError")
    except ExceptionGroup as eg:
        log.append(f"ExceptionGroup {eg.exceptions!r} expired={cm.expired()}")
    log.append(f"cancelling={asyncio.current_task().cancelling()} at {asyncio.get_running_loop().time()}")
    print("\n".join(log))

asyncio.run(main())
