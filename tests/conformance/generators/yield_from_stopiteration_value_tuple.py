# A return value that is a tuple or an exception survives the trip through StopIteration.
def inner(v):
    return v
    yield

def outer():
    a = yield from inner((1, 2))
    b = yield from inner(None)
    c = yield from inner(ValueError("as value"))
    print(a, b, repr(c))

list(outer())
