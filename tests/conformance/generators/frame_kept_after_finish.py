# A frame object kept after its generator finished.
def gen():
    x = 1
    yield x
    x = 2

g = gen()
f = g.gi_frame
next(g)
print(f.f_lineno, f.f_locals)
list(g)
print(g.gi_frame, f.f_back, f.f_lineno, f.f_locals)
