# throw(instance, value) is a TypeError.
def gen():
    yield 1

g = gen()
next(g)
try:
    g.throw(KeyError("k"), "extra")
except TypeError as e:
    print("TypeError:", e)
print(next(g, "end"))
