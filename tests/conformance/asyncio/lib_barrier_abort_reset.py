# Barrier.abort() breaks waiting and later parties; reset() breaks the waiting
# ones and makes the barrier usable again.
import asyncio

async def party(name, barrier, log):
    try:
        idx = await barrier.wait()
        log.append(f"{name} passed {idx}")
    except asyncio.BrokenBarrierError as e:
        log.append(f"{name} broken: {e}")

def state(barrier):
    r = repr(barrier)
    return r[r.index("["):]

async def main():
    log = []
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(f"a{i}", b, log)) for i in range(2)]
    await asyncio.sleep(0)
    print("before reset:", state(b))
    await b.reset()
    print("after reset call:", state(b))
    await asyncio.gather(*ts)
    print("after waiters left:", state(b))
    ts = [asyncio.create_task(party(f"b{i}", b, log)) for i in range(3)]
    await asyncio.gather(*ts)
    print("after a full round:", state(b))
    ts = [asyncio.create_task(party(f"c{i}", b, log)) for i in range(2)]
    await asyncio.sleep(0)
    await b.abort()
    print("after abort:", state(b), b.broken, b.n_waiting)
    await asyncio.gather(*ts)
    await party("late", b, log)
    await b.reset()
    print("reset a broken barrier:", state(b))
    print("\n".join(log))

asyncio.run(main())
