# Both the delegating generator and its delegate are suspended between steps.
import inspect

def inner():
    print("inner sees outer:", inspect.getgeneratorstate(o))
    yield

def outer():
    yield from i

i = inner()
o = outer()
next(o)
print(inspect.getgeneratorstate(o), inspect.getgeneratorstate(i))
list(o)
print(inspect.getgeneratorstate(o), inspect.getgeneratorstate(i))
