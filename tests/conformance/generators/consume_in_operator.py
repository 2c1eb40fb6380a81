# `in` consumes items up to and including the first match.
def gen():
    for i in range(6):
        print("yield", i)
        yield i

g = gen()
print(3 in g)
print(next(g))
print(10 in g)
print(list(g))
