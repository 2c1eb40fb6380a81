# Two asyncio tasks sleeping on the virtual clock.
import asyncio

async def worker(name, delay):
    await asyncio.sleep(delay)
    print(name, 'woke at', asyncio.get_running_loop().time())
    return name

async def main():
    print(await asyncio.gather(worker('a', 2), worker('b', 1)))

asyncio.run(main())
