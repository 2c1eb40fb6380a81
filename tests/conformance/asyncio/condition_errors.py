import asyncio

async def main():
    cond = asyncio.Condition()
    for name, fn in [("notify", cond.notify), ("notify_all", cond.notify_all)]:
        try:
            fn()
        except RuntimeError as e:
            print(name, "->", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait ->", e)
    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with lock:
        print("condition sees shared lock:", shared.locked())
    print("after:", shared.locked())

asyncio.run(main())
