# A getter woken for an item that another task takes first (get_nowait) goes
# back to waiting, now at the end of the getter queue.
import asyncio

async def getter(name, q, log):
    item = await q.get()
    log.append(f"{name} got {item}")

async def main():
    q = asyncio.Queue()
    log = []
    a = asyncio.create_task(getter("a", q, log))
    b = asyncio.create_task(getter("b", q, log))
    await asyncio.sleep(0)
    q.put_nowait(1)
    log.append(f"thief took {q.get_nowait()}")
    await asyncio.sleep(0)
    print("getters:", len(q._getters), [g.done() for g in q._getters])
    q.put_nowait(2)
    await asyncio.sleep(0)
    q.put_nowait(3)
    await asyncio.gather(a, b)
    print("\n".join(log))

asyncio.run(main())
