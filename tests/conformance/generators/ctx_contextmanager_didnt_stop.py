# A generator that yields twice: "generator didn't stop" on a normal exit.
from contextlib import contextmanager

@contextmanager
def twice():
    try:
        yield 1
        yield 2
    finally:
        print("closed by __exit__")

try:
    with twice() as v:
        print("body", v)
except RuntimeError as e:
    print("RuntimeError:", e)
