# An exception other than GeneratorExit raised during close propagates from close().
def gen():
    try:
        yield 1
    finally:
        raise KeyError("from finally")

g = gen()
next(g)
try:
    g.close()
except KeyError as e:
    print("KeyError", e, "context:", type(e.__context__).__name__)
print(g.gi_frame is None)
