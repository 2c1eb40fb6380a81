# Condition.wait_for re-checks the predicate after every wake-up.
import asyncio

state = {"n": 0}

async def watcher(name, cond, target, log):
    async with cond:
        calls = 0
        def pred():
            nonlocal calls
            calls += 1
            return state["n"] >= target and state["n"]
        r = await cond.wait_for(pred)
        log.append(f"{name} saw {r} after {calls} checks at {asyncio.get_running_loop().time()}")

async def main():
    cond = asyncio.Condition()
    log = []
    ts = [asyncio.create_task(watcher(f"t{t}", cond, t, log)) for t in (3, 1, 2, 0)]
    for i in range(4):
        await asyncio.sleep(1)
        async with cond:
            state["n"] += 1
            cond.notify_all()
    await asyncio.gather(*ts)
    print("\n".join(log))

asyncio.run(main())
