import asyncio

async def waiter(name, ev):
    await ev.wait()
    print(name, "woke; event is_set =", ev.is_set())

async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(n, ev)) for n in ("x", "y")]
    await asyncio.sleep(1)
    ev.set()
    ev.clear()           # waiters were already released by set()
    print("cleared immediately; is_set =", ev.is_set())
    await asyncio.gather(*ts)
    late = asyncio.create_task(waiter("late", ev))
    await asyncio.sleep(1)
    print("late still waiting:", not late.done())
    ev.set()
    await late

asyncio.run(main())
