# A generator can look at its own frame while running.
def gen():
    a = 1
    yield sorted(g.gi_frame.f_locals)
    b = 2
    yield sorted(g.gi_frame.f_locals)

g = gen()
print(next(g))
print(next(g))
