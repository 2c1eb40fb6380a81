# throw() into a generator, coroutine or async generator that never ran: the
# exception is raised at its first line, inside it, so a StopIteration (or an
# async generator's StopAsyncIteration) leaving it becomes RuntimeError
# (PEP 479), as it would from a started one; other exceptions pass unchanged.
import asyncio


def gen():
    yield 1


g = gen()
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("unstarted:", type(e).__name__, e, "| cause:", repr(e.__cause__))
print("then:", g.gi_frame, list(g))

h = gen()
next(h)
try:
    h.throw(StopIteration("x"))
except RuntimeError as e:
    print("suspended:", type(e).__name__, e, "| cause:", repr(e.__cause__))

x = (v for v in range(3))
try:
    x.throw(StopIteration)
except RuntimeError as e:
    print("genexpr:", e)

y = gen()
try:
    y.throw(KeyError("k"))
except KeyError as e:
    print("other exception passes:", repr(e), y.gi_frame)


async def coro():
    return 1


c = coro()
try:
    c.throw(StopIteration)
except RuntimeError as e:
    print("coroutine:", e)


async def agen():
    yield 1


async def main():
    a = agen()
    try:
        await a.athrow(StopAsyncIteration)
    except RuntimeError as e:
        print("async generator:", e)
    b = agen()
    try:
        await b.athrow(StopIteration)
    except RuntimeError as e:
        print("async generator, StopIteration:", e)


asyncio.run(main())
