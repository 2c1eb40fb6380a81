# A timeout() around tasks and gather: expiry cancels the awaiting task, which
# cancels the gathered children.
import asyncio

async def child(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} finished")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled at {asyncio.get_running_loop().time()}")
        raise

async def main():
    log = []
    try:
        async with asyncio.timeout(1.5):
            await asyncio.gather(child("a", 1, log), child("b", 2, log), child("c", 3, log))
    except TimeoutError:
        log.append("gather timed out")
    await asyncio.sleep(0)
    async with asyncio.timeout(2):
        r = await asyncio.wait_for(child("d", 1, log), 5)
    log.append(f"wait_for gave {r}")
    print("\n".join(log))

asyncio.run(main())
