# Returning from the generator after catching suppresses the exception.
from contextlib import contextmanager

@contextmanager
def ignore(kind):
    try:
        yield
    except kind:
        print("ignored", kind.__name__)

for exc in [KeyError, IndexError]:
    try:
        with ignore(KeyError):
            raise exc("x")
        print("suppressed", exc.__name__)
    except Exception as e:
        print("escaped", type(e).__name__)
