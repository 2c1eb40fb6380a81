# raise StopIteration inside a generator becomes RuntimeError (PEP 479).
def gen():
    yield 1
    raise StopIteration("explicit")

g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
