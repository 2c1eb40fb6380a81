import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("cancel with msg:", f.cancel("stop it"))
    print("second cancel:", f.cancel("again"))
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("result() args:", e.args)
    try:
        f.exception()
    except asyncio.CancelledError as e:
        print("exception() args:", e.args)
    try:
        await f
    except asyncio.CancelledError as e:
        print("await args:", e.args)
    g = loop.create_future()
    g.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print("no msg args:", e.args)
    print("CancelledError is BaseException only:", issubclass(asyncio.CancelledError, Exception),
          issubclass(asyncio.CancelledError, BaseException))

asyncio.run(main())
