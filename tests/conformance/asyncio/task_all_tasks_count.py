import asyncio

async def child(d):
    await asyncio.sleep(d)

def names():
    return sorted(t.get_name() for t in asyncio.all_tasks())

async def main():
    print(len(asyncio.all_tasks()), names())
    ts = [asyncio.create_task(child(d), name=f"c{d}") for d in (3, 1, 2)]
    print(len(asyncio.all_tasks()), names())
    for _ in range(3):
        await asyncio.sleep(1)
        await asyncio.sleep(0)
        print(asyncio.get_running_loop().time(), len(asyncio.all_tasks()), names())
    print("main in all_tasks:", asyncio.current_task() in asyncio.all_tasks())

asyncio.run(main())
