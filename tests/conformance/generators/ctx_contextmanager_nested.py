# Nested context managers exit in reverse order, with the exception passing outward.
from contextlib import contextmanager

@contextmanager
def level(n):
    print("enter", n)
    try:
        yield n
    except ValueError:
        print("level", n, "saw ValueError")
        raise
    finally:
        print("exit", n)

try:
    with level(1), level(2) as b:
        print("body", b)
        raise ValueError
except ValueError:
    print("outside")
