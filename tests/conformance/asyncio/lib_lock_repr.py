# Reprs of Lock, Event, Condition, Semaphore, BoundedSemaphore in their states.
import asyncio

def show(obj):
    r = repr(obj)
    # print only the part after the address
    print(r.split(" at ")[0], r[r.index("["):])

async def waiter(prim):
    async with prim:
        pass

async def main():
    lock = asyncio.Lock()
    show(lock)
    await lock.acquire()
    show(lock)
    ts = [asyncio.create_task(waiter(lock)) for _ in range(2)]
    await asyncio.sleep(0)
    show(lock)
    lock.release()
    show(lock)
    await asyncio.gather(*ts)
    show(lock)

    ev = asyncio.Event()
    show(ev)
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    show(ev)
    ev.set()
    show(ev)
    await t
    show(ev)

    cond = asyncio.Condition()
    show(cond)
    async with cond:
        show(cond)

    sem = asyncio.Semaphore(2)
    show(sem)
    await sem.acquire()
    show(sem)
    await sem.acquire()
    show(sem)
    t = asyncio.create_task(waiter(sem))
    await asyncio.sleep(0)
    show(sem)
    sem.release()
    show(sem)
    await t
    show(sem)

    bs = asyncio.BoundedSemaphore(3)
    show(bs)
    print(type(bs).__mro__[1].__name__, asyncio.Lock.__module__)

asyncio.run(main())
