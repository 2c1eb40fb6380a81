import asyncio

async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError:
        print("waiter cancelled; fut.cancelled() =", fut.cancelled())
        raise

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("future callback, cancelled =", f.cancelled()))
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(1)
    print("cancel ->", t.cancel())
    print("future already cancelled:", fut.cancelled())
    await asyncio.wait([t])
    print("task cancelled:", t.cancelled())

asyncio.run(main())
