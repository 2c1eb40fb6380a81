# A yield inside finally while closing: close() raises RuntimeError.
def gen():
    try:
        yield 1
    finally:
        print("finally reached")
        yield "from finally"

g = gen()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(g, "exhausted"))
