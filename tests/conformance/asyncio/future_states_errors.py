import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("pending:", f.done(), f.cancelled())
    for name in ("result", "exception"):
        try:
            getattr(f, name)()
        except asyncio.InvalidStateError as e:
            print(f"{name}() on pending -> InvalidStateError: {e}")
    f.set_result(10)
    print("finished:", f.done(), f.cancelled(), f.result(), f.exception())
    for action in (lambda: f.set_result(11), lambda: f.set_exception(ValueError())):
        try:
            action()
        except asyncio.InvalidStateError as e:
            print("set on finished -> InvalidStateError:", e)
    print("cancel finished:", f.cancel(), f.result())
    g = loop.create_future()
    print("cancel pending:", g.cancel(), g.cancel(), g.done(), g.cancelled())
    for name in ("result", "exception"):
        try:
            getattr(g, name)()
        except asyncio.CancelledError as e:
            print(f"{name}() on cancelled -> CancelledError {e.args}")
    try:
        g.set_result(1)
    except asyncio.InvalidStateError as e:
        print("set_result on cancelled ->", e)
    print("InvalidStateError base:", asyncio.InvalidStateError.__mro__[1].__name__)

asyncio.run(main())
