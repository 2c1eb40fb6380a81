# BoundedSemaphore refuses to be released above its initial value.
import asyncio

async def main():
    bs = asyncio.BoundedSemaphore(2)
    await bs.acquire()
    await bs.acquire()
    print("locked:", bs.locked())
    bs.release()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    print("value:", bs._value)
    async with bs:
        async with bs:
            print("inside both:", bs.locked())
    print("after:", bs.locked(), bs._value)
    bs.release()

asyncio.run(main())
