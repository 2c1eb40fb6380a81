import asyncio

def handler(loop, ctx):
    print("handler:", type(ctx["exception"]).__name__, ctx["exception"])

def bad(fut):
    raise ValueError(f"bad callback saw {fut.result()}")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    f = loop.create_future()
    f.add_done_callback(lambda fut: print("first"))
    f.add_done_callback(bad)
    f.add_done_callback(lambda fut: print("third"))
    f.set_result(7)
    await asyncio.sleep(0)
    print("main continues, result", f.result())

asyncio.run(main())
