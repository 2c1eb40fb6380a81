# The delegating generator is suspended inside yield from: gi_yieldfrom is the sub-generator.
def inner():
    yield 1
    yield 2

def outer():
    yield from inner()
    yield "own"

g = outer()
print(g.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom.__name__)
next(g)
next(g)
print(g.gi_yieldfrom)
