import asyncio

async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(4)]
    for i, delay in enumerate([0.4, 0.1, 0.3, 0.2]):
        loop.call_later(delay, lambda i=i: (print(f"set {i} at {loop.time()}"), futs[i].set_result(i * 10)))
    results = await asyncio.gather(*futs)
    print("results", results, "at", loop.time())
    done = loop.create_future()
    done.set_result("already")
    print(await asyncio.gather(done, futs[0]))

asyncio.run(main())
