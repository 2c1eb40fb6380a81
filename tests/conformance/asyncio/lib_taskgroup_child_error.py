# A failing child cancels its siblings and the body; the errors come out as an
# ExceptionGroup.
import asyncio

async def child(name, delay, fail, log):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled at {asyncio.get_running_loop().time()}")
        raise
    if fail:
        log.append(f"{name} fails")
        raise ValueError(name)
    log.append(f"{name} ok")

async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("a", 1, False, log))
            tg.create_task(child("b", 2, True, log))
            tg.create_task(child("c", 3, False, log))
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                log.append("body cancelled")
                raise
    except* ValueError as eg:
        log.append(f"caught {eg.message!r} {[str(e) for e in eg.exceptions]}")
    log.append(f"cancelling={asyncio.current_task().cancelling()}")
    print("\n".join(log))

asyncio.run(main())
