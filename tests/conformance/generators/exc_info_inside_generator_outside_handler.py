# Outside any handler in the generator, sys.exc_info() shows the resumer's exception.
import sys

def gen():
    while True:
        yield repr(sys.exc_info()[1])

g = gen()
print(next(g))
try:
    raise KeyError("k")
except KeyError:
    print(next(g))
print(next(g))
