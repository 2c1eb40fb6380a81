import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

def names(ts):
    return sorted(t.get_name() for t in ts)

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(d), name=f"j{d}") for d in (3, 1, 2, 1)]
    pending = set(tasks)
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        print(f"t={loop.time()} done={names(done)} pending={names(pending)}")

asyncio.run(main())
