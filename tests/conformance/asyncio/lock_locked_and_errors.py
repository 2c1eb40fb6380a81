import asyncio

async def main():
    lock = asyncio.Lock()
    print("locked:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("release unlocked:", e)
    print("acquire ->", await lock.acquire(), "locked:", lock.locked())
    lock.release()
    print("after release:", lock.locked())
    async with lock:
        print("inside async with:", lock.locked())
    print("after async with:", lock.locked())
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, "- plain with is not supported")

asyncio.run(main())
