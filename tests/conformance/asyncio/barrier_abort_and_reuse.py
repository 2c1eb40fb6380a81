import asyncio

async def party(name, barrier):
    try:
        idx = await barrier.wait()
        print(name, "passed", idx)
    except asyncio.BrokenBarrierError:
        print(name, "saw broken barrier")

async def main():
    b = asyncio.Barrier(2)
    # two rounds with the same barrier
    for r in range(2):
        await asyncio.gather(party(f"round{r}-a", b), party(f"round{r}-b", b))
    t = asyncio.create_task(party("lonely", b))
    await asyncio.sleep(1)
    await b.abort()
    await t
    print("broken:", b.broken)
    await party("after-abort", b)
    await b.reset()
    print("after reset broken:", b.broken)

asyncio.run(main())
