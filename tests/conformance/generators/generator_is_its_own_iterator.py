# iter(g) returns g itself; a generator can be iterated only once.
def gen():
    yield 1
    yield 2

g = gen()
print(iter(g) is g)
print(list(g))
print(list(g))
print(sum(gen()), sum(gen()))
