# suppress swallows the listed exceptions and their subclasses only.
from contextlib import suppress

with suppress(KeyError, IndexError):
    [][1]
print("IndexError suppressed")
with suppress(LookupError):
    {}["x"]
print("KeyError suppressed as a LookupError")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError not suppressed")
with suppress():
    print("suppress() with no types")
