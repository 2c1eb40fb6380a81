# A free unit is not taken by a newcomer while live waiters are queued.
import asyncio

async def main():
    sem = asyncio.Semaphore(1)
    log = []

    async def user(name, hold):
        async with sem:
            log.append(f"{name} in")
            await asyncio.sleep(hold)
        log.append(f"{name} out")

    a = asyncio.create_task(user("a", 1))
    await asyncio.sleep(0)
    b = asyncio.create_task(user("b", 0.5))
    c = asyncio.create_task(user("c", 0.5))
    await asyncio.sleep(0)
    print("locked:", sem.locked(), "value:", sem._value)
    await asyncio.sleep(1)
    print("at 1.0: locked", sem.locked(), "value", sem._value)
    d = asyncio.create_task(user("d", 0))
    await asyncio.gather(a, b, c, d)
    print("\n".join(log))

asyncio.run(main())
