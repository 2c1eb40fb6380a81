import asyncio

async def main():
    q = asyncio.LifoQueue()
    for x in "abcde":
        await q.put(x)
    out = []
    while not q.empty():
        out.append(await q.get())
    print("".join(out))
    lq = asyncio.LifoQueue(maxsize=2)

    async def pusher():
        for i in range(4):
            await lq.put(i)
            print("pushed", i, "at", asyncio.get_running_loop().time())

    t = asyncio.create_task(pusher())
    for _ in range(4):
        await asyncio.sleep(1)
        print("popped", lq.get_nowait())
    await t

asyncio.run(main())
