import asyncio

async def job(d):
    await asyncio.sleep(d)
    return f"job{d}"

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(job(1), timeout=2), loop.time())
    print(await asyncio.wait_for(job(1), timeout=None), loop.time())
    t = asyncio.create_task(job(0.5))
    print(await asyncio.wait_for(t, 5), loop.time())
    fut = loop.create_future()
    loop.call_later(0.25, fut.set_result, "fut")
    print(await asyncio.wait_for(fut, 1), loop.time())
    # exactly on the deadline: the job finishes at the same instant the timer fires
    try:
        print(await asyncio.wait_for(job(1), timeout=1), loop.time())
    except TimeoutError:
        print("timed out exactly at", loop.time())

asyncio.run(main())
