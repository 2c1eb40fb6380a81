# A suspended generator that holds itself in a local is a reference cycle: it is closed by the cycle collector at shutdown.
def gen():
    me = yield
    try:
        yield
    finally:
        print("finally of self-referencing generator", me is not None)

g = gen()
next(g)
g.send(g)
g = None
print("dropped")
