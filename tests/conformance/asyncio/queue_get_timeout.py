import asyncio

async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    loop.call_later(3, q.put_nowait, "late item")
    for attempt in range(3):
        try:
            item = await asyncio.wait_for(q.get(), timeout=1.25)
            print("attempt", attempt, "got", item, "at", loop.time())
            break
        except TimeoutError:
            print("attempt", attempt, "timed out at", loop.time(), "qsize", q.qsize())

asyncio.run(main())
