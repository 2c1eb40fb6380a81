# A generator suspended inside an except block keeps its own handled exception.
import sys

def gen():
    try:
        raise KeyError("gen's own")
    except KeyError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])

g = gen()
print(next(g))
print("outside:", sys.exc_info()[1])
try:
    raise IndexError("caller's")
except IndexError:
    print(next(g))
print(next(g))
