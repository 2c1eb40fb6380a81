import asyncio

async def taker(name, sem, log):
    try:
        async with sem:
            log.append(f"{name} in at {asyncio.get_running_loop().time()}")
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def main():
    sem = asyncio.Semaphore(1)
    log = []
    ts = [asyncio.create_task(taker(n, sem, log)) for n in ("a", "b", "c", "d")]
    await asyncio.sleep(0.5)
    ts[1].cancel()
    ts[2].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print("\n".join(log))
    print("locked:", sem.locked(), "end", asyncio.get_running_loop().time())

asyncio.run(main())
