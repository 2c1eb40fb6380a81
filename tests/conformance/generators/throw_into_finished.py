# throw() into a finished generator raises the thrown exception directly.
def gen():
    yield 1

g = gen()
list(g)
try:
    g.throw(IndexError("late"))
except IndexError as e:
    print("IndexError", e)
