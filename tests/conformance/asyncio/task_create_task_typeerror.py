import asyncio

async def coro():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    for label, fn in [("create_task(1)", lambda: asyncio.create_task(1)),
                      ("loop.create_task(None)", lambda: loop.create_task(None)),
                      ("ensure_future(1)", lambda: asyncio.ensure_future(1)),
                      ("create_task(future)", lambda: asyncio.create_task(loop.create_future()))]:
        try:
            fn()
        except TypeError as e:
            print(label, "-> TypeError:", e)

asyncio.run(main())
for arg in (1, "x", None):
    try:
        asyncio.run(arg)
    except ValueError as e:
        print("run ValueError:", e)
