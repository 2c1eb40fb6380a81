import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    log = []
    def step(n):
        log.append(f"step {n} at {loop.time()}")
        if n == 3:
            fut.set_result(n)
        else:
            loop.call_later(n, step, n + 1)
    loop.call_soon(step, 0)
    print("result", await fut, "at", loop.time())
    print("\n".join(log))

asyncio.run(main())
