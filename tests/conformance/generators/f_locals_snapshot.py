# f_locals shows the generator's variables at its current suspension point.
def gen(a):
    b = a * 2
    yield
    c = b + 1
    yield
    del a
    yield

g = gen(5)
print(sorted(g.gi_frame.f_locals.items()))
for _ in range(3):
    next(g)
    print(sorted(g.gi_frame.f_locals.items()))
