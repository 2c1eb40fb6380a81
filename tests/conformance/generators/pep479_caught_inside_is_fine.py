# Catching StopIteration inside the generator is allowed.
def gen(it):
    while True:
        try:
            value = next(it)
        except StopIteration:
            return "source exhausted"
        yield value

g = gen(iter([1, 2]))
print(list(g))
g = gen(iter([]))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
