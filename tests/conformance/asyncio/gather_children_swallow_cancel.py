import asyncio

async def stubborn(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "ignores cancellation")
        await asyncio.sleep(1)
        return name + "-finished"

async def main():
    kids = [asyncio.create_task(stubborn(n)) for n in ("p", "q")]
    g = asyncio.gather(*kids)
    await asyncio.sleep(1)
    g.cancel()
    try:
        print("gather returned", await g)
    except asyncio.CancelledError:
        print("gather still raised CancelledError at", asyncio.get_running_loop().time())
    print("children results:", [k.result() for k in kids])

asyncio.run(main())
