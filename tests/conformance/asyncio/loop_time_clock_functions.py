import asyncio
import time

print("start", time.time(), time.monotonic(), time.perf_counter())
time.sleep(2.5)
print("after time.sleep", time.time(), time.monotonic_ns())

async def main():
    loop = asyncio.get_running_loop()
    print("loop.time at start", loop.time())
    await asyncio.sleep(0.25)
    print("after 0.25", loop.time(), time.time())
    await asyncio.sleep(0)
    print("after sleep(0)", loop.time())
    time.sleep(0.5)
    print("after blocking 0.5", loop.time())
    await asyncio.sleep(1)
    print("after 1", loop.time(), time.perf_counter_ns())

asyncio.run(main())
print("end", time.monotonic())
