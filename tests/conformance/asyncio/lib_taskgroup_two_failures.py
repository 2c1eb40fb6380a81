# Two children failing at the same instant: both errors are collected, in the
# order their tasks finished; the slow sibling is cancelled.
import asyncio

async def fail(name, delay, log):
    await asyncio.sleep(delay)
    log.append(f"{name} raises")
    raise ValueError(name)

async def slow(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"slow cancelled at {asyncio.get_running_loop().time()}")
        raise

async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(log))
            for i in range(4):
                tg.create_task(fail(f"f{i}", 1, log))
    except ExceptionGroup as eg:
        log.append(f"{eg!r}")
        log.append(str(eg))
    print("\n".join(log))
    print("cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
