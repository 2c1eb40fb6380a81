# Future's accessors (done, cancelled, result, exception, get_loop) in every
# state, called on the class with a wrong object or with an argument too many,
# and through a subclass that overrides result(): `await` still takes the
# base result(), as CPython's C future iterator does.
import asyncio


async def main():
    f = asyncio.get_running_loop().create_future()
    print(f.done(), f.cancelled(), f.get_loop() is asyncio.get_running_loop())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    f.cancel("why")
    print(f.done(), f.cancelled())
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    try:
        f.exception()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    g = asyncio.Future()
    g.set_exception(KeyError(1))
    print(repr(g.exception()), g.done(), g.cancelled())
    try:
        g.result()
    except KeyError as e:
        print("KeyError", e)
    try:
        asyncio.Future.result(5)
    except TypeError as e:
        print("TypeError", e)
    try:
        g.result(1)
    except TypeError as e:
        print("TypeError", type(e).__name__)

    class Sub(asyncio.Future):
        def result(self):
            return ("sub", super().result())

    h = Sub()
    h.set_result(3)
    print(h.result(), asyncio.Future.result(h), await h)
    t = asyncio.create_task(asyncio.sleep(0, "slept"))
    print(t.done(), await t, t.done(), t.result(), t.exception())


asyncio.run(main())
