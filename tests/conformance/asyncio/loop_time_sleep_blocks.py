import asyncio
import time

async def blocker():
    print(f"blocker starts at {time.monotonic()}")
    time.sleep(5)
    print(f"blocker done blocking at {time.monotonic()}")
    await asyncio.sleep(1)
    print(f"blocker wakes at {time.monotonic()}")

async def ticker():
    for i in range(4):
        await asyncio.sleep(2)
        print(f"tick {i} at {asyncio.get_running_loop().time()}")

async def main():
    await asyncio.gather(ticker(), blocker())

asyncio.run(main())
