import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f2 = asyncio.Future()
    print("create_future loop:", f1.get_loop() is loop)
    print("Future() picks running loop:", f2.get_loop() is loop)
    print("types:", type(f1).__name__, type(f1) is asyncio.Future)
    t = asyncio.create_task(asyncio.sleep(0.5, result="slept"))
    print("task loop:", t.get_loop() is loop)
    print(await t, loop.time())

asyncio.run(main())
