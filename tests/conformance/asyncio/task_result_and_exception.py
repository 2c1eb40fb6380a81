import asyncio

async def ok():
    await asyncio.sleep(1)
    return {"k": 1}

async def bad():
    await asyncio.sleep(2)
    raise ZeroDivisionError("nope")

async def main():
    t1 = asyncio.create_task(ok())
    t2 = asyncio.create_task(bad())
    try:
        t1.result()
    except asyncio.InvalidStateError as e:
        print("early result():", e)
    await asyncio.sleep(3)
    print("t1:", t1.done(), t1.result(), t1.exception())
    print("t2:", t2.done(), repr(t2.exception()))
    try:
        t2.result()
    except ZeroDivisionError as e:
        print("t2.result() raised", e)
    try:
        await t2
    except ZeroDivisionError as e:
        print("await t2 raised", e)
    print("t1 awaited again:", await t1)

asyncio.run(main())
