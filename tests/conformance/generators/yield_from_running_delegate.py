# While the sub-generator runs, the delegating generator is running too.
def inner():
    print("outer running:", outer_gen.gi_running)
    yield 1

def outer():
    yield from inner()

outer_gen = outer()
next(outer_gen)
print("outer running now:", outer_gen.gi_running)
