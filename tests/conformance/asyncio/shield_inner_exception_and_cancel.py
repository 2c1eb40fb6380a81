import asyncio

async def fails():
    await asyncio.sleep(1)
    raise ValueError("inner error")

async def main():
    try:
        await asyncio.shield(fails())
    except ValueError as e:
        print("shield passes exception:", e)
    inner = asyncio.create_task(asyncio.sleep(5, result="x"))
    s = asyncio.shield(inner)
    inner.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("inner cancelled -> shield future cancelled:", s.cancelled())
    done = asyncio.get_running_loop().create_future()
    done.set_result(42)
    print("shield of a done future is that future:", asyncio.shield(done) is done)

asyncio.run(main())
