# Several releases in a row: each wakes one waiter; units left over when a
# waiter runs are passed further down the queue.
import asyncio

async def taker(name, sem, log):
    await sem.acquire()
    log.append(f"{name} got one, value={sem._value}, locked={sem.locked()}")

async def main():
    sem = asyncio.Semaphore(0)
    log = []
    ts = [asyncio.create_task(taker(f"t{i}", sem, log)) for i in range(5)]
    await asyncio.sleep(0)
    for _ in range(3):
        sem.release()
    print("after 3 releases: value", sem._value, "locked", sem.locked())
    await asyncio.sleep(0)
    print("\n".join(log))
    log.clear()
    sem._value += 2
    print("units added behind the semaphore's back:", sem._value)
    sem.release()
    await asyncio.gather(*ts)
    print("\n".join(log))
    print("value:", sem._value)

asyncio.run(main())
