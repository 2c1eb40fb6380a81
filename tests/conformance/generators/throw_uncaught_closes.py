# An uncaught thrown exception propagates and leaves the generator closed.
def gen():
    yield 1
    yield 2

g = gen()
next(g)
try:
    g.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("propagated", e)
print(g.gi_frame is None)
print(next(g, "exhausted"))
