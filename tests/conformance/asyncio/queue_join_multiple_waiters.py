import asyncio

async def joiner(name, q):
    await q.join()
    print(name, "saw join at", asyncio.get_running_loop().time())

async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    j = [asyncio.create_task(joiner(f"j{i}", q)) for i in range(3)]
    for _ in range(3):
        await asyncio.sleep(1)
        q.get_nowait()
        q.task_done()
        print("task_done at", asyncio.get_running_loop().time(), "unfinished?", not q.empty())
    await asyncio.gather(*j)

asyncio.run(main())
