# yield from a generator expression.
def gen(n):
    yield from (i * i for i in range(n))
    yield from (c.upper() for c in "xy")

print(list(gen(4)))
