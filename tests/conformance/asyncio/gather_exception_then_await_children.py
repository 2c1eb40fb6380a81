import asyncio

async def fails():
    await asyncio.sleep(1)
    raise ValueError("early")

async def slow(n):
    await asyncio.sleep(n)
    print("slow", n, "done at", asyncio.get_running_loop().time())
    return n

async def main():
    kids = [asyncio.create_task(fails()), asyncio.create_task(slow(2)), asyncio.create_task(slow(4))]
    g = asyncio.gather(*kids)
    try:
        await g
    except ValueError as e:
        print("gather:", repr(e), "at", asyncio.get_running_loop().time())
    print("gather done:", g.done(), "children done:", [k.done() for k in kids])
    print(await asyncio.gather(*kids[1:]))

asyncio.run(main())
