# A put scheduled for the same instant as a get's timeout: the timer heap's
# order decides whether the item arrives first.
import asyncio

async def attempt(q, delay_put, delay_timeout):
    loop = asyncio.get_running_loop()
    loop.call_later(delay_put, q.put_nowait, "item")
    try:
        async with asyncio.timeout(delay_timeout):
            return await q.get()
    except TimeoutError:
        return f"timeout (left in queue: {q.qsize()})"

async def main():
    for dp, dt in [(1, 1), (1, 1.0), (0.5, 0.5), (2, 1), (1, 2)]:
        q = asyncio.Queue()
        r = await attempt(q, dp, dt)
        print(dp, dt, "->", r)
        while not q.empty():
            q.get_nowait()
        await asyncio.sleep(3)

asyncio.run(main())
