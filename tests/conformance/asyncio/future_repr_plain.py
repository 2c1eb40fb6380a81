import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.set_result(1)
    print(repr(f))
    g = loop.create_future()
    g.set_result([1, "two"])
    print(g)
    h = loop.create_future()
    h.cancel()
    print(repr(h))
    e = loop.create_future()
    e.set_exception(ValueError("bad"))
    print(repr(e))
    e.exception()
    n = loop.create_future()
    n.set_result(None)
    print(repr(n))

asyncio.run(main())
