# Event.set() wakes all waiters in the order they started waiting; a clear()
# right after set() does not stop them; later waiters block again.
import asyncio

async def waiter(name, ev, log):
    log.append(f"{name} waits")
    r = await ev.wait()
    log.append(f"{name} woke {r} is_set={ev.is_set()}")

async def main():
    ev = asyncio.Event()
    log = []
    ts = [asyncio.create_task(waiter(f"w{i}", ev, log)) for i in range(4)]
    await asyncio.sleep(0)
    print("waiters:", len(ev._waiters))
    ev.set()
    ev.clear()
    log.append("main set+clear")
    late = asyncio.create_task(waiter("late", ev, log))
    await asyncio.gather(*ts)
    await asyncio.sleep(0)
    print("late done:", late.done())
    ev.set()
    ev.set()
    await late
    print("\n".join(log))
    print("waiters:", len(ev._waiters), "set:", ev.is_set())
    print("wait on set event:", await ev.wait())

asyncio.run(main())
