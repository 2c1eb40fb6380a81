# Generators held in a global list are closed at shutdown.
def gen(i):
    try:
        yield i
    finally:
        print("closing", i)

gens = [gen(i) for i in range(3)]
for g in gens:
    next(g)
del g
print("end")
