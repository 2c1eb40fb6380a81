import asyncio

async def waiter(name, ev):
    try:
        await ev.wait()
        print(name, "woke")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    ev = asyncio.Event()
    ts = {n: asyncio.create_task(waiter(n, ev)) for n in ("p", "q", "r")}
    await asyncio.sleep(0)
    ts["q"].cancel()
    ev.set()
    await asyncio.gather(*ts.values(), return_exceptions=True)
    print({n: t.cancelled() for n, t in ts.items()})

asyncio.run(main())
