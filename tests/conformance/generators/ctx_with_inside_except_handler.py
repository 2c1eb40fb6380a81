# A @contextmanager block that lets an exception out, inside an except handler.
from contextlib import contextmanager

@contextmanager
def cm():
    try:
        yield
    finally:
        print("cm cleanup")

try:
    raise KeyError("outer")
except KeyError:
    try:
        with cm():
            raise ValueError("inner")
    except ValueError as e:
        print("caught", e, "context", repr(e.__context__))
print("end")
