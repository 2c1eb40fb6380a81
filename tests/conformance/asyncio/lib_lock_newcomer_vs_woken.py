# Between release() waking the first waiter and that waiter running, a
# newcomer calling acquire() must queue: the woken waiter's future is done but
# not cancelled, so the fast path is closed.
import asyncio

async def waiter(name, lock, log):
    await lock.acquire()
    log.append(f"{name} acquired at step {len(log)}")
    await asyncio.sleep(0)
    lock.release()

async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    w = asyncio.create_task(waiter("first", lock, log))
    await asyncio.sleep(0)
    lock.release()
    n = asyncio.create_task(waiter("newcomer", lock, log))
    r = repr(lock)
    print(r[r.index("["):])
    await asyncio.gather(w, n)
    print("\n".join(log))
    print(lock.locked())

asyncio.run(main())
