# If the generator does not handle the exception it propagates out of the with.
from contextlib import contextmanager

@contextmanager
def logged():
    print("enter")
    try:
        yield
    finally:
        print("exit")

try:
    with logged():
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
