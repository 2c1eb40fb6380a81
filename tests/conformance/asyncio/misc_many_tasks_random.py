import asyncio
import random

async def job(i, order):
    await asyncio.sleep(random.random() * 10)
    order.append(i)
    return i * i

async def main():
    loop = asyncio.get_running_loop()
    order = []
    tasks = [asyncio.create_task(job(i, order)) for i in range(1000)]
    results = await asyncio.gather(*tasks)
    print("sum of results:", sum(results))
    print("first 10 finished:", order[:10])
    print("last 5 finished:", order[-5:])
    checksum = sum(pos * i for pos, i in enumerate(order)) % 1000003
    print("order checksum:", checksum)
    print("end time:", repr(loop.time()))
    print("next random:", random.random())

asyncio.run(main())
