# Cancelling the task that waits in a TaskGroup's exit cancels the children and
# the CancelledError goes on out.
import asyncio

async def child(name, log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled at {asyncio.get_running_loop().time()}")
        raise

async def body(log):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1", log))
            tg.create_task(child("c2", log))
            log.append("body waits in exit")
    except asyncio.CancelledError:
        log.append(f"group raised CancelledError, cancelling={asyncio.current_task().cancelling()}")
        raise

async def main():
    log = []
    t = asyncio.create_task(body(log))
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append(f"task cancelled: {t.cancelled()}")
    print("\n".join(log))

asyncio.run(main())
