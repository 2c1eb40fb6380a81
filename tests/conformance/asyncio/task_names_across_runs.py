import asyncio

async def child():
    await asyncio.sleep(0.1)

async def main(label, n):
    print(label, "main:", asyncio.current_task().get_name())
    ts = [asyncio.create_task(child()) for _ in range(n)]
    await asyncio.gather(*ts)
    print(label, "children:", [t.get_name() for t in ts])

asyncio.run(main("run1", 2))
asyncio.run(main("run2", 1))
loop = asyncio.new_event_loop()
loop.run_until_complete(main("loop", 1))
print("after run_until_complete, a plain task:", loop.create_task(child()).get_name())
loop.run_until_complete(asyncio.sleep(1))
loop.close()
