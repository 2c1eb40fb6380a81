# A party cancelled after the barrier filled (while it drains) still counts as
# having passed for the others; the barrier returns to filling once all left.
import asyncio

async def party(name, barrier, log):
    try:
        idx = await barrier.wait()
        log.append(f"{name} passed {idx}")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled, state={barrier._state.value} n_waiting={barrier.n_waiting}")
        raise

async def main():
    b = asyncio.Barrier(3)
    log = []
    ts = [asyncio.create_task(party(f"p{i}", b, log)) for i in range(2)]
    await asyncio.sleep(0)
    last = asyncio.create_task(party("p2", b, log))
    await asyncio.sleep(0)
    log.append(f"filled: state={b._state.value}")
    ts[0].cancel()
    res = await asyncio.gather(*ts, last, return_exceptions=True)
    print([r if r is None else type(r).__name__ for r in res])
    print("\n".join(log))
    r = repr(b)
    print(r[r.index("["):], b._count)

asyncio.run(main())
