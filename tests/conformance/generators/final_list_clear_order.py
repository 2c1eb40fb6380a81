# list.clear() drops its items last to first, so generators are closed in reverse order.
def gen(i):
    try:
        yield i
    finally:
        print("closing", i)

gens = [gen(i) for i in range(4)]
for g in gens:
    next(g)
del g
gens.clear()
print("cleared")
