# A Barrier used for several rounds; a fast task arriving for the next round
# while the barrier still drains has to wait for the drain to finish.
import asyncio

async def runner(name, barrier, log, pauses):
    for rnd, pause in enumerate(pauses):
        await asyncio.sleep(pause)
        async with barrier as idx:
            log.append(f"round {rnd}: {name} index {idx} state={barrier._state.value}")
    return name

async def main():
    barrier = asyncio.Barrier(2)
    log = []
    res = await asyncio.gather(
        runner("fast", barrier, log, (0, 0, 0)),
        runner("slow", barrier, log, (0.5, 0.5, 0)),
    )
    print(res)
    print("\n".join(log))
    r = repr(barrier)
    print(r[r.index("["):])

asyncio.run(main())
