# What Future.__await__() returns (CPython's native FutureIter): its type,
# each step, send/throw/close and their argument errors, and the traceback of
# an awaited future's exception, which has no frame for __await__.
import asyncio
import traceback

loop = asyncio.new_event_loop()


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "raises", type(e).__name__, e.args)


f = loop.create_future()
it = f.__await__()
t = type(it)
print(t.__name__, t.__module__, t.__qualname__, iter(it) is it)
print(sorted(name for name in vars(t) if not name.startswith("__")))
print(type(f.__iter__()).__name__, type(iter(f)).__name__)
attempt("construct", lambda: t())

# A pending future: the first step marks it blocking and yields it.
print("first step is the future:", next(it) is f, f._asyncio_future_blocking)
attempt("second step while still blocking", lambda: next(it))
f._asyncio_future_blocking = False
print("after the task reset the flag:", it.send("ignored") is f)
f.set_result((1, 2))
attempt("step once done", lambda: next(it))
attempt("step after the end", lambda: next(it))
attempt("send after the end", lambda: it.send(None))

# Done futures end at once.
done = loop.create_future()
done.set_result(None)
attempt("None result", lambda: next(done.__await__()))
failed = loop.create_future()
failed.set_exception(KeyError("k"))
attempt("failed", lambda: next(failed.__await__()))
cancelled = loop.create_future()
cancelled.cancel("why")
attempt("cancelled", lambda: next(cancelled.__await__()))
try:
    next(done.__await__())
except StopIteration as e:
    print("StopIteration value:", e.value)

# throw() and close().
pending = loop.create_future()
for args in [(ValueError,), (ValueError("x"), None, None), (ValueError, "v"), (ValueError, ("a", "b")),
             (ValueError("x"), "v"), (int,), (1,), (), (ValueError, None, 5), (ValueError, 1, 2, 3)]:
    attempt(f"throw{args!r}", lambda: pending.__await__().throw(*args))
attempt("throw keyword", lambda: pending.__await__().throw(ValueError, value=1))
it = pending.__await__()
attempt("close", lambda: it.close())
attempt("step after close", lambda: next(it))
attempt("throw after close", lambda: it.throw(ValueError))
attempt("close(1)", lambda: it.close(1))
attempt("close(x=1)", lambda: it.close(x=1))
attempt("send()", lambda: it.send())
attempt("send(1, 2)", lambda: it.send(1, 2))
attempt("__await__(1)", lambda: pending.__await__(1))
attempt("Future.__await__(5)", lambda: asyncio.Future.__await__(5))


async def main():
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_exception, ValueError("boom"))
    try:
        await fut
    except ValueError:
        print(traceback.format_exc(), end="")
    ready = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.5, ready.set_result, "later")
    print("awaited:", await ready)
    return "main done"


print(asyncio.run(main()))
loop.close()
