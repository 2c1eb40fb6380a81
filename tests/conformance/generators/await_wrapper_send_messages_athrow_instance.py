async def c():
    return 42
w = c().__await__()
try:
    next(w)
except StopIteration as e:
    print("value", e.value)
def g():
    yield 1
it = g()
try:
    it.send()
except TypeError as e:
    print(e)
try:
    it.send(1, 2)
except TypeError as e:
    print(e)
async def ag():
    try:
        yield 1
    except ValueError as e:
        print("caught", repr(e))
        yield 2
a = ag()
x = a.__anext__()
try:
    x.send(None)
except StopIteration as e:
    print("first", e.value)
t = a.athrow(ValueError, ValueError("inst"))
try:
    t.send(None)
except StopIteration as e:
    print("second", e.value)
