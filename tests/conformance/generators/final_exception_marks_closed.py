# An exception escaping a generator closes it: later next() just stops.
def gen():
    yield 1
    raise KeyError("escaped")
    yield 2

g = gen()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("KeyError", e)
print(g.gi_frame, g.gi_running)
print(next(g, "finished"))
