# A closed, never-started generator: send of a value raises StopIteration, not TypeError.
def gen():
    yield 1

g = gen()
g.close()
try:
    g.send(99)
except StopIteration:
    print("StopIteration")
except TypeError as e:
    print("TypeError", e)
