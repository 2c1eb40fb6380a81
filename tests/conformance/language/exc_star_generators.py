# except* inside generators and coroutines: a handler may yield or await, the
# handled part is what sys.exc_info() shows across the suspension, and what is
# left propagates out of next() / send().
import sys

def gen():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield "in ValueError handler"
        print("after yield:", repr(sys.exc_info()[1]))
        yield e.exceptions
    except* TypeError:
        yield "in TypeError handler"
    yield "after try"

for item in gen():
    print(item)
print("outside:", sys.exc_info())

def leaking():
    try:
        yield 1
        raise ExceptionGroup("leak", [KeyError("k"), IndexError("i")])
    except* KeyError:
        yield 2

g = leaking()
print(next(g), next(g))
try:
    next(g)
except ExceptionGroup as e:
    print("escaped from generator:", repr(e))

def thrown():
    while True:
        try:
            yield
        except* ZeroDivisionError as e:
            print("generator handled", e.exceptions)

t = thrown()
next(t)
t.throw(ZeroDivisionError("thrown in"))
t.throw(ExceptionGroup("thrown group", [ZeroDivisionError("a"), ZeroDivisionError("b")]))
try:
    t.throw(ExceptionGroup("mixed", [ZeroDivisionError("c"), OSError("d")]))
except ExceptionGroup as e:
    print("rest:", repr(e))

class Later:
    def __await__(self):
        yield "suspended"
        return "resumed"

async def coro():
    try:
        raise ExceptionGroup("c", [RuntimeError("r")])
    except* RuntimeError as e:
        value = await Later()
        print("coroutine handler got", value, repr(e))
        raise ValueError("from coroutine handler")

c = coro()
print(c.send(None))
try:
    c.send(None)
except ValueError as e:
    print("coroutine raised", repr(e), "context", repr(e.__context__))
