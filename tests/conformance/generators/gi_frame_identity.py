# The generator keeps the same frame object from creation to completion.
def gen():
    yield 1
    yield 2

g = gen()
f = g.gi_frame
next(g)
print(g.gi_frame is f)
next(g)
print(g.gi_frame is f)
list(g)
print(g.gi_frame is None)
print(f.f_code is gen.__code__)
