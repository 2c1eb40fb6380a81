import asyncio

async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(4)]
    for i, d in enumerate([0.3, 0.1, 0.4, 0.2]):
        loop.call_later(d, futs[i].set_result, f"f{i}")
    it = asyncio.as_completed(futs)
    print("as_completed returns an iterator:", iter(it) is it)
    for fut in it:
        print(await fut, loop.time())
    print("empty:", list(asyncio.as_completed([])))

asyncio.run(main())
