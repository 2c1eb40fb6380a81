# throw() of something that is not an exception is a TypeError, raised before resuming.
def gen():
    try:
        yield 1
    finally:
        print("finally")

g = gen()
next(g)
for bad in [42, "str", None]:
    try:
        g.throw(bad)
    except TypeError as e:
        print("TypeError:", e)
print(next(g, "end"))
