import asyncio

async def waiter(cond, state, need):
    async with cond:
        r = await cond.wait_for(lambda: state["n"] >= need)
        print(f"waiter(need={need}) proceeds at n={state['n']} t={asyncio.get_running_loop().time()} r={r}")

async def main():
    cond = asyncio.Condition()
    state = {"n": 0}
    ts = [asyncio.create_task(waiter(cond, state, k)) for k in (3, 1, 2)]
    for _ in range(4):
        await asyncio.sleep(1)
        async with cond:
            state["n"] += 1
            cond.notify_all()
    await asyncio.gather(*ts)
    async with cond:
        print("already true:", await cond.wait_for(lambda: "yes"))

asyncio.run(main())
