# Waiting on an Event with wait_for and timeout(): the waiter is removed when
# the timeout cancels it.
import asyncio

async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.5)
    except asyncio.TimeoutError:
        print("wait_for timed out at", asyncio.get_running_loop().time(), "waiters:", len(ev._waiters))
    try:
        async with asyncio.timeout(1.5) as cm:
            await ev.wait()
    except TimeoutError:
        print("timeout() expired at", asyncio.get_running_loop().time(), cm.expired(), len(ev._waiters))
    asyncio.get_running_loop().call_later(0.25, ev.set)
    async with asyncio.timeout(1) as cm:
        print("wait:", await ev.wait())
    print("expired:", cm.expired(), "time:", asyncio.get_running_loop().time())

asyncio.run(main())
