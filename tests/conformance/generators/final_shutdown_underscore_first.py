# At shutdown names starting with one underscore are cleared before the others.
def gen(name):
    try:
        yield
    finally:
        print("closing", name)

a = gen("a")
_b = gen("_b")
c = gen("c")
for g in (a, _b, c):
    next(g)
del g
print("end")
