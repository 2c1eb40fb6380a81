import asyncio

async def main():
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(1)
    s.release()
    s.release()
    got = 0
    while not s.locked():
        await s.acquire()
        got += 1
    print("plain Semaphore allowed", got, "acquires after two extra releases")
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    z = asyncio.Semaphore(0)
    print("Semaphore(0) locked:", z.locked())

asyncio.run(main())
