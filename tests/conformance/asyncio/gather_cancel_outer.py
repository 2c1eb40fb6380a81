import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled at", asyncio.get_running_loop().time())
        raise

async def main():
    g = asyncio.gather(child("a", 5), child("b", 1), child("c", 7))
    await asyncio.sleep(2)
    print("gather done?", g.done())
    print("cancel ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("await gather raised CancelledError")
    print("gather cancelled():", g.cancelled(), "done():", g.done())
    print("exception type:", type(g.exception()).__name__)
    print("cancel again ->", g.cancel())

asyncio.run(main())
