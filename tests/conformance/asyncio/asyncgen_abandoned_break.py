import asyncio

async def numbers(log):
    try:
        for i in range(100):
            yield i
            await asyncio.sleep(0.1)
    finally:
        log.append(f"numbers finally at {asyncio.get_running_loop().time()}")

async def main():
    log = []
    async for n in numbers(log):
        if n == 2:
            break
    log.append("after break")
    await asyncio.sleep(0)
    log.append("after first sleep(0)")
    await asyncio.sleep(0)
    log.append("after second sleep(0)")
    print("\n".join(log))

asyncio.run(main())
