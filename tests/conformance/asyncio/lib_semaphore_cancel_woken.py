# A Semaphore waiter woken by release() and cancelled before it runs gives the
# unit back to the next waiter; one cancelled while still waiting just leaves.
import asyncio

async def taker(name, sem, log):
    try:
        await sem.acquire()
    except asyncio.CancelledError:
        log.append(f"{name} cancelled, value={sem._value}")
        raise
    log.append(f"{name} acquired, value={sem._value}")

async def main():
    sem = asyncio.Semaphore(0)
    log = []
    ts = [asyncio.create_task(taker(f"t{i}", sem, log)) for i in range(4)]
    await asyncio.sleep(0)
    sem.release()
    print("value after release:", sem._value)
    ts[0].cancel()
    ts[2].cancel()
    res = await asyncio.gather(*ts[:3], return_exceptions=True)
    print([type(r).__name__ for r in res])
    print("value:", sem._value, "locked:", sem.locked(), "waiters:", len(sem._waiters))
    sem.release()
    print("value:", sem._value, "locked:", sem.locked())
    await ts[3]
    print("\n".join(log))
    print("value:", sem._value, "locked:", sem.locked())

asyncio.run(main())
