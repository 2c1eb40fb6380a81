# f_lineno of a suspended generator is the line of the yield it stopped at.
def gen():
    yield 1
    x = 2
    yield x
    yield 3

g = gen()
print("created", g.gi_frame.f_lineno)
for _ in range(3):
    next(g)
    print("at line", g.gi_frame.f_lineno)
