import asyncio

async def job(x):
    await asyncio.sleep(x)
    if x == 2:
        raise ValueError("two")
    return x * 100

def report(t):
    if t.cancelled():
        state = "cancelled"
    elif t.exception() is not None:
        state = f"failed {t.exception()!r}"
    else:
        state = f"ok {t.result()}"
    print(f"done callback for {t.get_name()} at {asyncio.get_running_loop().time()}: {state}")

async def main():
    ts = [asyncio.create_task(job(x), name=f"job{x}") for x in (1, 2, 3, 4)]
    for t in ts:
        t.add_done_callback(report)
    ts[0].add_done_callback(lambda t: print("second callback on job1"))
    await asyncio.sleep(3.5)
    ts[3].cancel()
    await asyncio.wait(ts)
    ts[0].add_done_callback(lambda t: print("added after done"))
    print("main before yield")
    await asyncio.sleep(0)
    print("main end")

asyncio.run(main())
