# StopIteration raised inside a generator expression's element becomes RuntimeError.
def boom(x):
    if x == 2:
        raise StopIteration
    return x

g = (boom(x) for x in range(4))
print(next(g), next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(g, "closed"))
