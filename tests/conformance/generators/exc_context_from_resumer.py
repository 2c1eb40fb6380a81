# An exception raised in a generator resumed inside an except block gets the handled one as context.
import sys

def gen():
    yield
    print("inside, handling:", repr(sys.exc_info()[1]))
    raise ValueError("from generator")

g = gen()
next(g)
try:
    raise KeyError("outer")
except KeyError:
    try:
        next(g)
    except ValueError as e:
        print(repr(e), "context:", repr(e.__context__))
