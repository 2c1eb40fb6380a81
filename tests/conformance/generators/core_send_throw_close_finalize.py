def gen():
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
    except ValueError as e:
        print("caught in gen", e)
        yield "recovered"
    finally:
        print("gen finally")
g = gen()
print(g.gi_frame is not None, g.gi_running, g.gi_suspended)
print(next(g), g.send(10))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, g.gi_frame)
def counter():
    n = 0
    while True:
        n += 1
        cmd = yield n
        if cmd == "stop":
            return "done at %d" if False else f"done at {n}"
c = counter()
next(c); next(c)
try:
    c.send("stop")
except StopIteration as e:
    print("returned", e.value)
def ignores():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring")
i = ignores(); next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def bad():
    yield 1
    raise StopIteration("x")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def dropped():
    try:
        yield 1
        yield 2
    finally:
        print("dropped finally")
d = dropped(); next(d)
d = None
print("after drop")
def me():
    yield g2.send(None)
g2 = me()
try:
    next(g2)
except ValueError as e:
    print("ValueError:", e)
fresh = gen()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
try:
    fresh.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e, fresh.gi_frame)
def delegator():
    r = yield from sub()
    print("sub returned", r)
    yield "after"
def sub():
    try:
        v = yield "s1"
        print("sub got", v)
        yield "s2"
    except ZeroDivisionError:
        print("sub caught ZDE")
        return "handled"
    return "normal"
dg = delegator()
print(next(dg), dg.send("hello"), dg.gi_yieldfrom)
print(dg.throw(ZeroDivisionError))
squares = (x * x for x in range(4))
print(type(squares).__name__, next(squares), list(squares), sum(x for x in range(5)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print(f.__name__, f.__qualname__, fib.__code__.co_flags & 0x20)
