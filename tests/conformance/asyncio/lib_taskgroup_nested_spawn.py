# Tasks of a TaskGroup may add more tasks to it while the group waits on exit.
import asyncio

async def spawner(tg, depth, log):
    log.append(f"depth {depth} at {asyncio.get_running_loop().time()}")
    await asyncio.sleep(0.5)
    if depth < 3:
        tg.create_task(spawner(tg, depth + 1, log))
        tg.create_task(leaf(depth, log))

async def leaf(depth, log):
    await asyncio.sleep(0.1)
    log.append(f"leaf {depth}")

async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 0, log))
    log.append(f"group done at {asyncio.get_running_loop().time()}")
    try:
        tg.create_task(leaf(9, log))
    except RuntimeError as e:
        log.append(f"RuntimeError: {e}")
    print("\n".join(log))

asyncio.run(main())
