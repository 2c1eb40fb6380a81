# Condition.notify(n) wakes the first n waiters; each gets the lock in turn.
import asyncio

async def consumer(name, cond, log):
    async with cond:
        log.append(f"{name} waits")
        r = await cond.wait()
        log.append(f"{name} woke with {r}, locked={cond.locked()}")
        await asyncio.sleep(0.1)
    log.append(f"{name} left")

async def main():
    cond = asyncio.Condition()
    log = []
    ts = [asyncio.create_task(consumer(f"c{i}", cond, log)) for i in range(6)]
    await asyncio.sleep(0)
    print("waiters:", len(cond._waiters))
    async with cond:
        cond.notify()
        log.append("notify 1")
    await asyncio.sleep(0.5)
    async with cond:
        cond.notify(2)
        log.append("notify 2")
    await asyncio.sleep(0.5)
    async with cond:
        cond.notify_all()
        log.append("notify_all")
    await asyncio.gather(*ts)
    print("\n".join(log))

asyncio.run(main())
