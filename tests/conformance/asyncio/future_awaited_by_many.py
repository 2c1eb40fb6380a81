import asyncio

async def waiter(name, fut, delay):
    await asyncio.sleep(delay)
    print(f"{name} waits at {asyncio.get_running_loop().time()}")
    value = await fut
    print(f"{name} got {value}")
    return name

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(n, fut, d)) for n, d in
             [("w1", 0.3), ("w2", 0.1), ("w3", 0.2), ("w4", 0)]]
    loop.call_later(1, fut.set_result, "shared")
    print(await asyncio.gather(*tasks))
    late = await fut
    print("late awaiter got", late, "at", loop.time())

asyncio.run(main())
