# A Condition.wait() cancelled while waiting re-acquires the lock before the
# CancelledError leaves wait(); the other waiters are unaffected.
import asyncio

async def waiter(name, cond, log):
    async with cond:
        try:
            await cond.wait()
            log.append(f"{name} notified, locked={cond.locked()}")
        except asyncio.CancelledError:
            log.append(f"{name} cancelled, holds lock={cond.locked()}")
            raise

async def main():
    cond = asyncio.Condition()
    log = []
    ts = [asyncio.create_task(waiter(f"w{i}", cond, log)) for i in range(3)]
    await asyncio.sleep(0)
    await cond.acquire()
    ts[0].cancel()
    await asyncio.sleep(0.1)
    print("w0 done while lock held:", ts[0].done())
    cond.notify_all()
    cond.release()
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print("\n".join(log))
    print("locked:", cond.locked(), "waiters:", len(cond._waiters))

asyncio.run(main())
