import asyncio

async def user(name, lock, log):
    try:
        async with lock:
            log.append(f"{name} got lock at {asyncio.get_running_loop().time()}")
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled while waiting")
        raise

async def main():
    lock = asyncio.Lock()
    log = []
    ts = [asyncio.create_task(user(n, lock, log)) for n in "abcd"]
    await asyncio.sleep(0.5)
    ts[1].cancel()
    await asyncio.sleep(0.5)   # a releases at this same instant
    ts[2].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print("\n".join(log))
    print("locked:", lock.locked())

asyncio.run(main())
