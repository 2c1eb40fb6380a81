import asyncio

async def resource(log):
    try:
        yield "r1"
        yield "r2"
    finally:
        log.append(f"closing resource at {asyncio.get_running_loop().time()}")
        await asyncio.sleep(1)
        log.append(f"resource closed at {asyncio.get_running_loop().time()}")

async def main():
    log = []
    async for r in resource(log):
        log.append(f"got {r}")
        break
    for i in range(3):
        await asyncio.sleep(0.4)
        log.append(f"main tick {asyncio.get_running_loop().time()}")
    print("\n".join(log))

asyncio.run(main())
