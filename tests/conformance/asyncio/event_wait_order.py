import asyncio

async def waiter(name, ev, log):
    log.append(f"{name} waiting")
    r = await ev.wait()
    log.append(f"{name} woke ({r}) at {asyncio.get_running_loop().time()}")

async def main():
    ev = asyncio.Event()
    log = []
    ts = [asyncio.create_task(waiter(f"w{i}", ev, log)) for i in range(4)]
    await asyncio.sleep(2)
    log.append("setting")
    ev.set()
    log.append(f"is_set={ev.is_set()}")
    await asyncio.gather(*ts)
    print("\n".join(log))

asyncio.run(main())
