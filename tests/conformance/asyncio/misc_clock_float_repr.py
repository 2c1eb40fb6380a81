import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    values = []
    for _ in range(10):
        await asyncio.sleep(0.1)
        values.append(loop.time())
    print([repr(v) for v in values])
    await asyncio.sleep(1 / 3)
    print(repr(loop.time()), repr(time.monotonic()), repr(time.time()))
    await asyncio.sleep(1e-10)
    print("tiny sleep:", repr(loop.time()))
    await asyncio.sleep(2.5e-9)
    print("small sleep:", repr(loop.time()))

asyncio.run(main())
print("end clock:", repr(time.monotonic()), time.monotonic_ns())
