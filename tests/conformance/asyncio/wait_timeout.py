import asyncio

async def job(d):
    try:
        await asyncio.sleep(d)
        return d
    finally:
        print(f"job {d} ends at {asyncio.get_running_loop().time()}")

def names(ts):
    return sorted(t.get_name() for t in ts)

async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(job(d), name=f"j{d}") for d in (0.5, 1.5, 2.5, 1.0)]
    done, pending = await asyncio.wait(ts, timeout=1.2)
    print(f"after wait(timeout=1.2) t={loop.time()} done={names(done)} pending={names(pending)}")
    done, pending = await asyncio.wait(pending, timeout=10)
    print(f"after wait(timeout=10) t={loop.time()} done={names(done)} pending={names(pending)}")

asyncio.run(main())
