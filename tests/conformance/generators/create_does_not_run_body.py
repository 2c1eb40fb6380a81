# Calling a generator function only creates the generator: the body waits for next().
def gen():
    print("body started")
    yield 1
    print("body resumed")
    yield 2

g = gen()
print("created", type(g).__name__)
print("first next ->", next(g))
print("second next ->", next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
