import asyncio

def handler(loop, context):
    exc = context.get("exception")
    print(f"handler at {loop.time()}: {context['message'].split(' at ')[0]!r} exc={type(exc).__name__} {exc}")

def bad_callback(x):
    print("bad_callback", x)
    return 1 / x

async def main():
    loop = asyncio.get_running_loop()
    print("default handler is None:", loop.get_exception_handler() is None)
    loop.set_exception_handler(handler)
    print("handler installed:", loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback, 0)
    loop.call_soon(print, "next callback still runs")
    loop.call_later(1.0, bad_callback, 0)
    loop.call_later(1.5, int, "not a number")
    await asyncio.sleep(2)
    loop.call_exception_handler({"message": "custom report", "exception": ValueError("v")})
    loop.call_exception_handler({"message": "no exception key"})
    print("main done at", loop.time())

asyncio.run(main())
