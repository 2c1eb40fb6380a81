# A stray next() on an exhausted iterator inside a generator is converted too.
def first_of_each(*iterables):
    for it in iterables:
        yield next(iter(it))

print(list(first_of_each([1, 2], "ab")))
try:
    print(list(first_of_each([1], [])))
except RuntimeError as e:
    print("RuntimeError:", e)
