# A generator that yields while being closed on drop: RuntimeError is reported, not raised.
def gen():
    try:
        yield 1
    finally:
        yield 2

g = gen()
next(g)
g = None
print("still running")
