import asyncio

class Yield:
    """An awaitable whose __await__ yields None: a bare yield to the loop."""
    def __await__(self):
        yield
        return "resumed"

async def spinner(name, n, log):
    for i in range(n):
        r = await Yield()
        log.append(f"{name}{i}:{r}")

async def sleeper(log):
    for i in range(3):
        await asyncio.sleep(0)
        log.append(f"s{i}")

async def main():
    log = []
    await asyncio.gather(spinner("a", 3, log), sleeper(log), spinner("b", 2, log))
    print(" ".join(log))

asyncio.run(main())
