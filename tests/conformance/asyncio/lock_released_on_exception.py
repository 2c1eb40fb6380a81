import asyncio

async def risky(lock, n):
    async with lock:
        await asyncio.sleep(0.5)
        if n == 1:
            raise ValueError(f"task {n} failed while holding the lock")
        return f"task {n} ok at {asyncio.get_running_loop().time()}"

async def main():
    lock = asyncio.Lock()
    res = await asyncio.gather(*(risky(lock, n) for n in range(3)), return_exceptions=True)
    for r in res:
        print(repr(r) if isinstance(r, Exception) else r)
    print("locked at end:", lock.locked())

asyncio.run(main())
