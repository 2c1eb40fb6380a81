import asyncio

async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), timeout=1.5)
    except TimeoutError:
        print("timed out at", loop.time())
    loop.call_later(0.5, ev.set)
    print("wait_for ->", await asyncio.wait_for(ev.wait(), timeout=1.5), "at", loop.time())
    ev.clear()
    async with asyncio.timeout(2):
        loop.call_later(1, ev.set)
        await ev.wait()
    print("timeout block done at", loop.time())

asyncio.run(main())
