# Queue.get() under wait_for and timeout(): the timed-out getter leaves the
# queue's getter list and later items go to the others.
import asyncio

async def main():
    q = asyncio.Queue()
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(q.get(), timeout=1)
    except asyncio.TimeoutError as e:
        print("TimeoutError", repr(e), loop.time(), len(q._getters))
    other = asyncio.create_task(q.get())
    try:
        async with asyncio.timeout(0.5):
            await q.get()
    except TimeoutError:
        print("timeout at", loop.time(), "getters", len(q._getters))
    loop.call_later(0.1, q.put_nowait, "late")
    print("other got", await other, "at", loop.time())
    q.put_nowait("now")
    print(await asyncio.wait_for(q.get(), 0))

asyncio.run(main())
