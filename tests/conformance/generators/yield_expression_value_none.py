# A yield expression evaluates to None when resumed with next().
def gen():
    x = yield 1
    print("x =", x)
    y = yield 2
    print("y =", y)

g = gen()
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("stop")
