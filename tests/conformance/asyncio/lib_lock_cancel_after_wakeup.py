# A waiter handed the lock by release() but cancelled before it runs passes
# the lock on to the next waiter.
import asyncio

async def waiter(name, lock, log):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        log.append(f"{name} cancelled (locked={lock.locked()})")
        return
    log.append(f"{name} acquired")
    await asyncio.sleep(0.1)
    lock.release()
    log.append(f"{name} released")

async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    ts = [asyncio.create_task(waiter(f"w{i}", lock, log)) for i in range(3)]
    await asyncio.sleep(0)
    print(len(lock._waiters), "waiting")
    lock.release()
    print("first waiter's future done:", lock._waiters[0].done())
    ts[0].cancel()
    print("locked right after release:", lock.locked())
    await asyncio.gather(*ts)
    print("\n".join(log))
    print("locked:", lock.locked())

asyncio.run(main())
