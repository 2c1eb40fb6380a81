# A with statement suspended in a generator exits when the generator is closed.
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit with", t.__name__ if t else None)
        return False

def gen():
    with CM():
        yield 1
        yield 2

g = gen()
next(g)
g.close()
print("closed")
