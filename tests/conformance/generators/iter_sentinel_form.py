# iter(callable, sentinel) with a generator's __next__ as the callable.
def gen():
    yield 1
    yield 2
    yield 0
    yield 3

print(list(iter(gen().__next__, 0)))
