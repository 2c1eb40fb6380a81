# Blocked getters are served in order; put_nowait wakes one getter each.
import asyncio

async def getter(name, q, log):
    item = await q.get()
    log.append(f"{name} got {item}")

async def main():
    q = asyncio.Queue()
    log = []
    ts = [asyncio.create_task(getter(f"g{i}", q, log)) for i in range(4)]
    await asyncio.sleep(0)
    print("getters:", len(q._getters))
    q.put_nowait("a")
    q.put_nowait("b")
    print("getters after two puts:", len(q._getters), "qsize:", q.qsize())
    late = asyncio.create_task(getter("late", q, log))
    await asyncio.sleep(0)
    print("after a step:", log, q.qsize())
    q.put_nowait("c")
    q.put_nowait("d")
    q.put_nowait("e")
    await asyncio.gather(*ts, late)
    print(log)
    print("qsize:", q.qsize(), "unfinished:", q._unfinished_tasks)

asyncio.run(main())
