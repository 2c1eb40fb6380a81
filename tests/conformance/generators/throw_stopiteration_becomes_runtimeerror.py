# Throwing StopIteration into a generator that does not catch it: PEP 479 converts it.
def gen():
    yield 1

g = gen()
next(g)
try:
    g.throw(StopIteration("inner"))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))
