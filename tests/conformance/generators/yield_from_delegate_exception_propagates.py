# An exception raised inside the sub-generator propagates through the delegating one.
def inner():
    yield 1
    raise ValueError("inner failed")

def outer():
    try:
        yield from inner()
    except ValueError as e:
        print("outer saw", e)
        return "recovered"

g = outer()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
