# A yield anywhere in the body, even unreachable, makes the function a generator.
def gen():
    return 42
    yield

g = gen()
print(type(g).__name__)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, "args", e.args)
