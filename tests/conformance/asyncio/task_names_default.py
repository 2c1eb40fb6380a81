import asyncio

async def child(n):
    await asyncio.sleep(n / 10)
    return asyncio.current_task().get_name()

async def main():
    print("main is", asyncio.current_task().get_name())
    tasks = [asyncio.create_task(child(i)) for i in range(3)]
    print([t.get_name() for t in tasks])
    print(await asyncio.gather(*tasks))
    # gather wraps coroutines into new tasks, using more numbers
    print(await asyncio.gather(child(1), child(2)))
    print("next task:", asyncio.create_task(child(0)).get_name())

asyncio.run(main())
