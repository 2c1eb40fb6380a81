# A cancelled Event waiter leaves the waiter list; cancelling after set() but
# before the waiter ran makes it raise CancelledError anyway.
import asyncio

async def waiter(name, ev, log):
    try:
        await ev.wait()
        log.append(f"{name} woke")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def main():
    ev = asyncio.Event()
    log = []
    ts = [asyncio.create_task(waiter(f"w{i}", ev, log)) for i in range(4)]
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.sleep(0)
    print("waiters after one cancel:", len(ev._waiters))
    ev.set()
    print("cancel w2 after set:", ts[2].cancel())
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print("\n".join(log))

asyncio.run(main())
