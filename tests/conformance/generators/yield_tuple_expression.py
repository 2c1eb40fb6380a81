# yield a, b yields a tuple; yield (a) does not.
def gen():
    yield 1, 2
    yield (3)
    yield (4,)
    yield

for item in gen():
    print(repr(item))
