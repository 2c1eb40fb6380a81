# traceback.format_exc / format_exception: chained exceptions, limits, repeats.
import sys
import traceback


def norm(text):
    if isinstance(text, list):
        return [norm(t) for t in text]
    return text.replace(__file__, "PROG")


def inner(d):
    return d["missing"] + 1


def middle(x):
    y = x * 2
    return inner({})


def outer():
    try:
        middle(3)
    except KeyError as e:
        raise ValueError("bad") from e


try:
    outer()
except ValueError:
    print(norm(traceback.format_exc()))
    for piece in traceback.format_exception(*sys.exc_info()):
        print(repr(norm(piece)))
    print(norm(traceback.format_exc(chain=False)))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    print(norm(traceback.format_exception(e)))
    print(norm(traceback.format_exception(e, limit=-1)))
    print(norm(traceback.format_exception(e, chain=False)))

try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("t") from None
except TypeError as e:
    print(norm(traceback.format_exception(e)))
    print(e.__suppress_context__, type(e.__context__).__name__)


def rec(n):
    if n == 0:
        raise RuntimeError("deep")
    return rec(n - 1)


for depth in (2, 3, 4, 25):
    try:
        rec(depth)
    except RuntimeError:
        print(norm(traceback.format_exc()))
try:
    rec(10)
except RuntimeError:
    print(norm(traceback.format_exc(limit=2)))
    print(norm(traceback.format_exc(limit=-2)))
    print(norm(traceback.format_exc(limit=0)))


def gen():
    yield 1
    raise ValueError("in gen")


try:
    for x in gen():
        pass
except ValueError:
    print(norm(traceback.format_exc()))

print(repr(traceback.format_exc()))
print(traceback.format_exception(None))
