# inspect.getgeneratorstate through created, running, suspended and closed.
import inspect

def gen():
    print("inside:", inspect.getgeneratorstate(g))
    yield 1
    yield 2

g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
next(g, None)
print(inspect.getgeneratorstate(g))
