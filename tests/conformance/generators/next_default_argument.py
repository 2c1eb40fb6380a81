# next(it, default) returns the default instead of raising StopIteration.
def gen():
    yield "a"

g = gen()
print(next(g, "done"))
print(next(g, "done"))
print(next(g, "done"))
print(next(g, None))
