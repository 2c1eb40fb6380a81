# The value of `yield from` is the sub-generator's return value.
def inner(n):
    for i in range(n):
        yield i
    return n * 100

def outer():
    a = yield from inner(2)
    print("a =", a)
    b = yield from inner(3)
    print("b =", b)
    return a + b

g = outer()
print(list(g))
g = outer()
while True:
    try:
        next(g)
    except StopIteration as e:
        print("outer returned", e.value)
        break
