# set(), clear(), set() before the waiters run: the second set() skips futures
# already done; every waiter wakes once. Waiters added after a clear() block.
import asyncio

async def waiter(name, ev, log):
    await ev.wait()
    log.append(f"{name} woke")

async def main():
    ev = asyncio.Event()
    log = []
    ts = [asyncio.create_task(waiter(f"w{i}", ev, log)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    t3 = asyncio.create_task(waiter("w3", ev, log))
    await asyncio.sleep(0)
    print("waiters:", len(ev._waiters), [f.done() for f in ev._waiters])
    ev.set()
    await asyncio.sleep(0)
    print("\n".join(log))
    await asyncio.gather(*ts, t3)
    print("\n".join(log[3:]))

asyncio.run(main())
