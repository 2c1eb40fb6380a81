# yield binds loosely: `yield a + b` yields the sum; `(yield) + 1` adds to the sent value.
def gen():
    total = (yield 1 + 2) + 10
    print("total", total)
    yield total * 2

g = gen()
print(next(g))
print(g.send(5))
