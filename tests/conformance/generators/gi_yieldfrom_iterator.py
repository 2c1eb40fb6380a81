# gi_yieldfrom shows non-generator delegates too.
def gen():
    yield from iter([1, 2])
    yield "tail"

g = gen()
next(g)
print(type(g.gi_yieldfrom).__name__)
next(g)
next(g)
print(g.gi_yieldfrom)
