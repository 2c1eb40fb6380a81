import asyncio

async def stubborn():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("first catch, cancelling =", me.cancelling())
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("second catch, cancelling =", me.cancelling())
    print("uncancel ->", me.uncancel(), me.uncancel(), me.uncancel())
    await asyncio.sleep(1)
    return "survived"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    print("cancel 1:", t.cancel(), "cancelling:", t.cancelling())
    print("cancel 2:", t.cancel(), "cancelling:", t.cancelling())
    await asyncio.sleep(1)
    print("cancel 3:", t.cancel(), "cancelling:", t.cancelling())
    print(await t, "at", asyncio.get_running_loop().time(), "cancelled:", t.cancelled())

asyncio.run(main())
