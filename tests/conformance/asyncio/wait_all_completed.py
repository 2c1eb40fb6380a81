import asyncio

async def job(d):
    await asyncio.sleep(d)
    if d == 2:
        raise KeyError(d)
    return d

async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(job(d), name=f"t{d}") for d in (2, 3, 1)]
    done, pending = await asyncio.wait(ts)
    print("time", loop.time(), "done", len(done), "pending", len(pending))
    for t in ts:
        print(t.get_name(), "exception" if t.exception() else t.result())
    print("ALL_COMPLETED constant:", asyncio.ALL_COMPLETED, asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION)

asyncio.run(main())
