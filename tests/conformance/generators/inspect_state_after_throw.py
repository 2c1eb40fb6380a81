# A throw that is handled leaves it suspended; one that is not closes it.
import inspect

def gen():
    try:
        yield 1
    except KeyError:
        yield "handled"

g = gen()
next(g)
g.throw(KeyError)
print(inspect.getgeneratorstate(g))
try:
    g.throw(ValueError)
except ValueError:
    print("propagated")
print(inspect.getgeneratorstate(g))
