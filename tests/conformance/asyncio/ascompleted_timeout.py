import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(d)) for d in (1, 4, 2, 6)]
    got = []
    try:
        for fut in asyncio.as_completed(tasks, timeout=3):
            got.append(await fut)
            print("got", got[-1], "at", loop.time())
    except TimeoutError:
        print("TimeoutError at", loop.time(), "after", got)
    print("unfinished tasks keep running:", [t.done() for t in tasks])
    await asyncio.wait(tasks)
    print("all finished at", loop.time())

asyncio.run(main())
