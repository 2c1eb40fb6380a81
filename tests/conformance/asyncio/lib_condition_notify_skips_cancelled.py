# notify(1) skips waiters whose futures are already done (cancelled ones) and
# wakes the next live one.
import asyncio

async def waiter(name, cond, log):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            log.append(f"{name} cancelled")
            raise
        log.append(f"{name} notified")

async def main():
    cond = asyncio.Condition()
    log = []
    ts = [asyncio.create_task(waiter(f"w{i}", cond, log)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        ts[0].cancel()
        ts[1].cancel()
        await asyncio.sleep(0)
        print("waiters while holding the lock:", len(cond._waiters),
              [f.cancelled() for f in cond._waiters])
        cond.notify(1)
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify(5)
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print("\n".join(log))

asyncio.run(main())
