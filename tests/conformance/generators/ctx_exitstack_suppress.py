# A callback returning True suppresses; later (outer) callbacks see no exception.
from contextlib import ExitStack

def outer_exit(t, v, tb):
    print("outer sees", t)

def inner_exit(t, v, tb):
    print("inner sees", t.__name__)
    return True

with ExitStack() as stack:
    stack.push(outer_exit)
    stack.push(inner_exit)
    raise KeyError("swallowed")
print("continued")
