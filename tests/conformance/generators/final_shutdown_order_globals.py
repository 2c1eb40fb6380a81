# At shutdown globals are cleared in order; generators close as their names are cleared.
def gen(name):
    try:
        yield
    finally:
        print("closing", name)

first = gen("first")
second = gen("second")
third = gen("third")
next(first)
next(second)
next(third)
print("end")
