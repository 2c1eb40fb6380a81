# list() of a generator that raises midway loses the items produced so far.
def gen():
    yield 1
    yield 2
    raise ValueError("midway")

try:
    items = list(gen())
except ValueError as e:
    print("ValueError", e)
    print("items" in globals())
out = []
try:
    for x in gen():
        out.append(x)
except ValueError:
    pass
print(out)
