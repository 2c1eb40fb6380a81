import asyncio

async def worker():
    total = 0
    try:
        while True:
            await asyncio.sleep(1)
            total += 1
    except asyncio.CancelledError:
        print("worker stopping with total", total)
        await asyncio.sleep(0.5)   # cleanup that awaits
        return total

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(3.5)
    t.cancel()
    result = await t
    loop = asyncio.get_running_loop()
    print("result", result, "cancelled()", t.cancelled(), "time", loop.time())

asyncio.run(main())
