# Changing the dict from f_locals does not change the generator's variables.
def gen():
    x = 1
    yield x
    yield x

g = gen()
next(g)
d = g.gi_frame.f_locals
d["x"] = 99
print(next(g))
print(g.gi_frame.f_locals["x"])
