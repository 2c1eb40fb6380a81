# If the delegate returns when thrown into, the return value is the yield from result.
def inner():
    try:
        yield 1
    except ValueError:
        return "returned on throw"

def outer():
    r = yield from inner()
    print("yield from gave", r)
    yield "next"

g = outer()
next(g)
print(g.throw(ValueError))
