# An exception in the TaskGroup body cancels the children and joins the group's
# errors; the uncaught group gives the last line.
import asyncio

async def child(name, log):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def crash(log):
    await asyncio.sleep(1)
    log.append("crash raises")
    raise KeyError("k")

async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("x", log))
            await asyncio.sleep(0.5)
            raise RuntimeError("body")
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, [repr(e) for e in eg.exceptions])
    print("\n".join(log))
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(crash(log))
            tg.create_task(child("y", log))
    finally:
        print("\n".join(log))

asyncio.run(main())
