# Delegating to a generator that is already running raises ValueError.
def outer():
    yield from inner_gen

def inner():
    yield from outer_gen

inner_gen = inner()
outer_gen = outer()
try:
    next(outer_gen)
except ValueError as e:
    print("ValueError:", e)
