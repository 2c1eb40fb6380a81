import asyncio

async def waiter(name, cond, log):
    async with cond:
        await cond.wait()
        log.append(f"{name} running with lock")
        await asyncio.sleep(0.5)
        log.append(f"{name} done at {asyncio.get_running_loop().time()}")

async def main():
    cond = asyncio.Condition()
    log = []
    ts = [asyncio.create_task(waiter(f"w{i}", cond, log)) for i in range(4)]
    await asyncio.sleep(1)
    async with cond:
        cond.notify(2)
        log.append("notify(2) sent")
    await asyncio.sleep(2)
    async with cond:
        cond.notify_all()
        log.append("notify_all sent")
    await asyncio.gather(*ts)
    print("\n".join(log))

asyncio.run(main())
