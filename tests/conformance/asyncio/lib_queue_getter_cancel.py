# A getter woken by put_nowait() but cancelled before running hands the item's
# wake-up to the next getter; one cancelled while waiting just leaves.
import asyncio

async def getter(name, q, log):
    try:
        item = await q.get()
    except asyncio.CancelledError:
        log.append(f"{name} cancelled (qsize {q.qsize()})")
        raise
    log.append(f"{name} got {item}")

async def main():
    q = asyncio.Queue()
    log = []
    ts = [asyncio.create_task(getter(f"g{i}", q, log)) for i in range(4)]
    await asyncio.sleep(0)
    ts[3].cancel()
    await asyncio.sleep(0)
    print("getters:", len(q._getters))
    q.put_nowait("x")
    ts[0].cancel()
    await asyncio.sleep(0)
    print("getters:", len(q._getters))
    q.put_nowait("y")
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([r if r is None else type(r).__name__ for r in res])
    print("\n".join(log))

asyncio.run(main())
