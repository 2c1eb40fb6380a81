# A generator that catches the exception and yields again: "generator didn't stop after throw()".
from contextlib import contextmanager

@contextmanager
def stubborn():
    try:
        yield
    except ZeroDivisionError:
        print("caught, yielding again")
        yield

try:
    with stubborn():
        1 / 0
except RuntimeError as e:
    print("RuntimeError:", e)
    print("context:", type(e.__context__).__name__)
