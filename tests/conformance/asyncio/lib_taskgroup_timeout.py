# A TaskGroup inside asyncio.timeout(): the expiry cancels the body, the group
# cancels its children, and the timeout turns it into TimeoutError.
import asyncio

async def child(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} done")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled at {asyncio.get_running_loop().time()}")
        raise

async def main():
    log = []
    try:
        async with asyncio.timeout(2):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child("fast", 1, log))
                tg.create_task(child("slow", 5, log))
                await asyncio.sleep(3)
                log.append("not reached")
    except TimeoutError:
        log.append(f"TimeoutError at {asyncio.get_running_loop().time()}")
    try:
        async with asyncio.timeout(2):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child("slow2", 5, log))
    except TimeoutError:
        log.append(f"TimeoutError at {asyncio.get_running_loop().time()}")
    log.append(f"cancelling={asyncio.current_task().cancelling()}")
    print("\n".join(log))

asyncio.run(main())
