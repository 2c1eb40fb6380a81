import asyncio

async def job(d):
    await asyncio.sleep(d)

def names(ts):
    return sorted(t.get_name() for t in ts)

async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(job(d), name=f"j{d}") for d in (0, 1, 2)]
    done, pending = await asyncio.wait(ts, timeout=0)
    print(f"timeout=0 t={loop.time()} done={names(done)} pending={names(pending)}")
    await asyncio.sleep(0)
    done, pending = await asyncio.wait(ts, timeout=0)
    print(f"timeout=0 again t={loop.time()} done={names(done)} pending={names(pending)}")
    done, pending = await asyncio.wait(ts, timeout=5, return_when=asyncio.FIRST_COMPLETED)
    print(f"FIRST_COMPLETED with done input t={loop.time()} done={names(done)} pending={names(pending)}")
    done, pending = await asyncio.wait(pending, timeout=0.5, return_when=asyncio.FIRST_COMPLETED)
    print(f"FIRST_COMPLETED timed out t={loop.time()} done={names(done)} pending={names(pending)}")
    await asyncio.wait(ts)

asyncio.run(main())
