# A primitive binds to the loop it first waits in; using it to wait in another
# loop is an error, while non-blocking use is fine anywhere.
import asyncio

lock = asyncio.Lock()
q = asyncio.Queue()
ev = asyncio.Event()

async def first():
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    await t
    lock.release()
    q.put_nowait(1)
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    ev.set()
    await t
    ev.clear()
    print("first loop ok")

async def second():
    await lock.acquire()
    print("uncontended acquire in another loop works")
    try:
        await lock.acquire()
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" at ")[0], str(e)[str(e).index("]") + 1:])
    lock.release()
    print("get_nowait:", q.get_nowait())
    try:
        await asyncio.wait_for(ev.wait(), 1)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" at ")[0], str(e)[str(e).index("]") + 1:])

asyncio.run(first())
asyncio.run(second())
