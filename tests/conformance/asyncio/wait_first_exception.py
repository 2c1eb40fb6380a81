import asyncio

async def job(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(f"fail@{d}")
    return d

def names(ts):
    return sorted(t.get_name() for t in ts)

async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(job(1), name="a"), asyncio.create_task(job(2, True), name="b"),
          asyncio.create_task(job(3), name="c")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(f"t={loop.time()} done={names(done)} pending={names(pending)}")
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    # no exception at all: behaves like ALL_COMPLETED
    ts2 = [asyncio.create_task(job(d), name=f"x{d}") for d in (1, 2)]
    done, pending = await asyncio.wait(ts2, return_when=asyncio.FIRST_EXCEPTION)
    print(f"t={loop.time()} done={names(done)} pending={names(pending)}")
    # an already failed task returns at once
    done, pending = await asyncio.wait(ts + [asyncio.create_task(job(9), name="z")],
                                       return_when=asyncio.FIRST_EXCEPTION)
    print(f"t={loop.time()} done={names(done)} pending={names(pending)}")
    for t in pending:
        t.cancel()

asyncio.run(main())
