# The common cleanup pattern "except CancelledError: await cleanup(); raise":
# the bare raise after a suspension re-raises the exception being handled,
# also when the task was woken by a future completed inside another except.
import asyncio

async def cleanup(log, name):
    try:
        await asyncio.sleep(0.5)
    finally:
        log.append(f"{name} cleanup done at {asyncio.get_running_loop().time()}")

async def worker(log, name, lock):
    async with lock:
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            log.append(f"{name} cancelled: {e.args}")
            await cleanup(log, name)
            log.append(f"{name} re-raises")
            raise

async def main():
    log = []
    lock = asyncio.Lock()
    q = asyncio.Queue()
    ts = [asyncio.create_task(worker(log, f"w{i}", lock)) for i in range(3)]
    await asyncio.sleep(1)
    ts[0].cancel("stop")
    ts[1].cancel()
    res = await asyncio.gather(*ts[:2], return_exceptions=True)
    log.append(f"results {[type(r).__name__ for r in res]}")
    await asyncio.sleep(0)
    log.append(f"w2 holds lock: {lock.locked()}")
    ts[2].cancel()
    try:
        await ts[2]
    except asyncio.CancelledError:
        log.append(f"w2 cancelled={ts[2].cancelled()} locked={lock.locked()}")

    async def consumer():
        try:
            await q.get()
        except asyncio.CancelledError:
            await asyncio.sleep(0)
            try:
                raise
            finally:
                log.append(f"consumer sys.exc_info ok")
    c = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        log.append("consumer cancelled")
    print("\n".join(log))

asyncio.run(main())
