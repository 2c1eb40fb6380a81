# Putters on a full queue: served in order; a woken putter cancelled before it
# runs passes the free slot on.
import asyncio

async def putter(name, q, item, log):
    try:
        await q.put(item)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled (full {q.full()})")
        raise
    log.append(f"{name} put {item}")

async def main():
    q = asyncio.Queue(1)
    q.put_nowait(0)
    log = []
    ts = [asyncio.create_task(putter(f"p{i}", q, i + 1, log)) for i in range(4)]
    await asyncio.sleep(0)
    print("putters:", len(q._putters))
    print("got", q.get_nowait())
    ts[0].cancel()
    await asyncio.sleep(0)
    print(log, "qsize", q.qsize())
    for _ in range(3):
        print("got", await q.get())
        await asyncio.sleep(0)
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([r if r is None else type(r).__name__ for r in res])
    print("\n".join(log))

asyncio.run(main())
