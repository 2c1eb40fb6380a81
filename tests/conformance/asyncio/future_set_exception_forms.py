import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(ValueError)  # a class is instantiated
    e = f.exception()
    print(type(e).__name__, e.args, f.done())
    try:
        f.result()
    except ValueError as err:
        print("result() raised the same object:", err is e)
    g = loop.create_future()
    try:
        g.set_exception(StopIteration("s"))
    except TypeError as err:
        print("TypeError:", err)
    print("still pending:", not g.done())
    try:
        g.set_exception(42)
    except TypeError as err:
        print("TypeError:", err)
    h = loop.create_future()
    h.set_exception(KeyError("missing"))
    try:
        await h
    except KeyError as err:
        print("await raised", repr(err))

asyncio.run(main())
