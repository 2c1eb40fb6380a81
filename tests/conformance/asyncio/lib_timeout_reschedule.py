# Timeout.reschedule() moves the deadline, into the past too; state errors.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1) as cm:
            await asyncio.sleep(0.5)
            cm.reschedule(loop.time() + 2)
            print("moved to", cm.when(), repr(cm))
            await asyncio.sleep(1.75)
            cm.reschedule(None)
            print("disarmed", repr(cm))
            await asyncio.sleep(3)
            cm.reschedule(loop.time() - 1)
            print("deadline in the past", cm.when())
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("expired at", loop.time())
    try:
        cm.reschedule(10)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with asyncio.timeout(1) as ok:
        pass
    try:
        ok.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.timeout_at(loop.time() + 0.5)
    print(t.when() == loop.time() + 0.5, repr(t))
    async with t:
        await asyncio.sleep(0.25)
        print(repr(t))

asyncio.run(main())
