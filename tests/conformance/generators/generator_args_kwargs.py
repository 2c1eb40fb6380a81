# Generators accept *args, **kwargs and keyword-only parameters.
def gen(*args, sep="-", **kwargs):
    for a in args:
        yield a
    yield sep
    for k in sorted(kwargs):
        yield k + "=" + str(kwargs[k])

print(list(gen(1, 2, b=2, a=1)))
print(list(gen(sep="|")))
g = gen(1, 2, 3, 4, bad=1, sep=None, sep2=3)
print("created without running")
print(list(g))
