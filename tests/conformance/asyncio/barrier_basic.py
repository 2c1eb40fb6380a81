import asyncio

async def party(name, barrier, d, log):
    await asyncio.sleep(d)
    log.append(f"{name} arrives at {asyncio.get_running_loop().time()} (waiting={barrier.n_waiting})")
    idx = await barrier.wait()
    log.append(f"{name} passes with index {idx}")

async def main():
    b = asyncio.Barrier(3)
    print("parties", b.parties, "broken", b.broken)
    log = []
    await asyncio.gather(party("a", b, 2, log), party("b", b, 0.5, log), party("c", b, 1, log))
    print("\n".join(log))
    print("n_waiting after", b.n_waiting)

asyncio.run(main())
