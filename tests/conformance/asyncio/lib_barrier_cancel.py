# A party cancelled while waiting at a Barrier leaves it (the count drops);
# the others still need a full set to pass.
import asyncio

async def party(name, barrier, log):
    try:
        idx = await barrier.wait()
        log.append(f"{name} passed with {idx}")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled, n_waiting={barrier.n_waiting}")
        raise

async def main():
    log = []
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(f"p{i}", b, log)) for i in range(2)]
    await asyncio.sleep(0)
    print("n_waiting:", b.n_waiting)
    ts[0].cancel()
    await asyncio.sleep(0)
    print("n_waiting after cancel:", b.n_waiting)
    ts += [asyncio.create_task(party(f"p{i}", b, log)) for i in range(2, 4)]
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print("\n".join(log))

asyncio.run(main())
