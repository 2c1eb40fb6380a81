import asyncio

async def yielder(log):
    for i in range(4):
        await asyncio.sleep(0)
        log.append(f"yield{i}")

async def timed(log):
    await asyncio.sleep(0.000001)
    log.append(f"timer at {asyncio.get_running_loop().time()!r}")

async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_later(0, log.append, "call_later(0)")
    await asyncio.gather(yielder(log), timed(log))
    print("\n".join(log))

asyncio.run(main())
