import asyncio

async def sleeper(name, delay, log):
    await asyncio.sleep(delay)
    log.append(f"{name}@{asyncio.get_running_loop().time()}")

async def main():
    log = []
    spec = [("a", 0.5), ("b", 0.2), ("c", 0.5), ("d", 0.2), ("e", 0.5), ("f", 0.1), ("g", 0.2)]
    await asyncio.gather(*(sleeper(n, d, log) for n, d in spec))
    print(" ".join(log))

asyncio.run(main())
