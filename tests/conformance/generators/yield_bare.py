# A bare yield produces None.
def gen():
    yield
    yield
    yield None

print(list(gen()))
print([x is None for x in gen()])
