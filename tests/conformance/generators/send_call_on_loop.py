# g.send(v) and coro.send(v) called from Python run the generator on the
# caller's loop: every way such a call can end must look as CPython's does.
import sys


def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
            if x == "boom":
                raise KeyError(x)
            if x == "stop":
                return received
    finally:
        print("echo finally, running:", sys._getframe().f_code.co_name)


g = echo()
print("first", g.send(None))
print("second", g.send("a"))
try:
    g.send("stop")
except StopIteration as e:
    print("stop value", e.value, type(e.value).__name__, e.args)
try:
    g.send("after")
except StopIteration as e:
    print("finished again", e.args)

g = echo()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
print("still usable", g.send(None))
try:
    g.send("boom")
except KeyError as e:
    print("KeyError from the generator:", e)
print("state after error:", g.gi_frame)


def plain():
    yield 1


p = plain()
next(p)
try:
    p.send(5)
except StopIteration as e:
    print("return None gives args", e.args, e.value)


def self_sender():
    me = yield
    try:
        me.send(None)
    except ValueError as e:
        print("ValueError:", e)
    yield "done"


s = self_sender()
next(s)
print(s.send(s))


def who_called():
    while True:
        frame = sys._getframe()
        caller = frame.f_back
        yield frame.f_code.co_name, caller.f_code.co_name, caller.f_lineno


def driver(gen):
    return gen.send(None)


w = who_called()
print(driver(w))
print(driver(w))
print("gi_running outside:", w.gi_running)


def watcher():
    g = sys._getframe().f_back
    x = yield
    while True:
        x = yield x * 2


wt = watcher()
wt.send(None)
print([wt.send(i) for i in range(5)])


def temp_gen(tag):
    try:
        yield tag
        yield tag + "!"
    finally:
        print("closing", tag)


print("temporary:", temp_gen("t1").send(None))
print("after the temporary")


def outer():
    inner = temp_gen("inner")
    got = yield from inner
    return got


o = outer()
print(o.send(None))
print(o.send("x"))
try:
    o.send("y")
except StopIteration as e:
    print("outer returned", e.value)


def handled_inside():
    try:
        raise ValueError("inside")
    except ValueError:
        x = yield sys.exc_info()[1]
        yield repr(sys.exc_info()[1]), x


h = handled_inside()
print(h.send(None))
try:
    raise IndexError("outside")
except IndexError:
    print(h.send("sent while handling"))
    print("outside still sees", repr(sys.exc_info()[1]))


def raiser():
    yield
    raise RuntimeError("from the generator")


r = raiser()
r.send(None)
try:
    try:
        raise LookupError("being handled")
    except LookupError:
        r.send(None)
except RuntimeError as e:
    print("context:", repr(e.__context__))


async def job(n):
    total = 0
    for i in range(n):
        total += await Tick(i)
    return total


class Tick:
    def __init__(self, i):
        self.i = i

    def __await__(self):
        got = yield self.i
        return got


c = job(3)
print("coro yields", c.send(None))
print("coro yields", c.send(10))
print("coro yields", c.send(20))
try:
    c.send(30)
except StopIteration as e:
    print("coro returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


def bad_stop():
    yield
    raise StopIteration("leak")


b = bad_stop()
b.send(None)
try:
    b.send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "cause:", repr(e.__cause__))


def chain(n):
    if n == 0:
        yield "bottom"
        return
    sub = chain(n - 1)
    yield sub.send(None)


print(chain(50).send(None))


def unhandled():
    yield
    1 / 0


u = unhandled()
u.send(None)
u.send(None)
