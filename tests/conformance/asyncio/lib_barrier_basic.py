# Barrier: the last party releases everybody; indices follow arrival order.
import asyncio

async def party(name, barrier, delay, log):
    await asyncio.sleep(delay)
    log.append(f"{name} arrives, n_waiting={barrier.n_waiting}")
    idx = await barrier.wait()
    log.append(f"{name} passes with index {idx} at {asyncio.get_running_loop().time()}")
    return idx

async def main():
    barrier = asyncio.Barrier(3)
    print("parties:", barrier.parties, "broken:", barrier.broken)
    r = repr(barrier)
    print(r[r.index("["):])
    log = []
    ts = [asyncio.create_task(party(f"p{i}", barrier, d, log)) for i, d in enumerate((0.3, 0.1, 0.2))]
    await asyncio.sleep(0.25)
    r = repr(barrier)
    print(r[r.index("["):])
    print(await asyncio.gather(*ts))
    r = repr(barrier)
    print(r[r.index("["):])
    print("\n".join(log))

asyncio.run(main())
