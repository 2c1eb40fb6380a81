# Condition errors without the lock, and two conditions sharing one lock.
import asyncio

async def main():
    cond = asyncio.Condition()
    for what in ("wait", "notify"):
        try:
            if what == "wait":
                await cond.wait()
            else:
                cond.notify()
        except RuntimeError as e:
            print("RuntimeError:", e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        print("RuntimeError:", e)

    lock = asyncio.Lock()
    a = asyncio.Condition(lock)
    b = asyncio.Condition(lock)
    log = []

    async def on(cond, name):
        async with cond:
            await cond.wait()
            log.append(f"{name} woke, lock held={lock.locked()}")

    ts = [asyncio.create_task(on(a, "a1")), asyncio.create_task(on(b, "b1")),
          asyncio.create_task(on(a, "a2"))]
    await asyncio.sleep(0)
    print("lock free while all wait:", not lock.locked())
    async with lock:
        print("b locked via shared lock:", b.locked())
        b.notify_all()
        a.notify(1)
    await asyncio.sleep(0)
    async with a:
        a.notify()
    await asyncio.gather(*ts)
    print("\n".join(log))

asyncio.run(main())
