import asyncio

async def consumer(name, cond, box, log):
    async with cond:
        log.append(f"{name} waits")
        await cond.wait()
        log.append(f"{name} woke with {box.pop(0)} at {asyncio.get_running_loop().time()}")

async def main():
    cond = asyncio.Condition()
    box = []
    log = []
    ts = [asyncio.create_task(consumer(f"c{i}", cond, box, log)) for i in range(3)]
    for item in ("x", "y", "z"):
        await asyncio.sleep(1)
        async with cond:
            box.append(item)
            cond.notify()
            log.append(f"notified for {item}")
    await asyncio.gather(*ts)
    print("\n".join(log))

asyncio.run(main())
