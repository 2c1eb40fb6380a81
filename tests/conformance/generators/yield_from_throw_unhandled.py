# An exception the sub-generator does not handle propagates into the outer one.
def inner():
    yield 1
    yield 2

def outer():
    try:
        yield from inner()
    except KeyError as e:
        print("outer caught", e)
        yield "outer recovered"

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(list(g))
