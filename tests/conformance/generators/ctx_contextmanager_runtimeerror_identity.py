# A RuntimeError raised in the body comes out as the same object.
from contextlib import contextmanager

@contextmanager
def plain():
    yield

err = RuntimeError("mine")
try:
    with plain():
        raise err
except RuntimeError as e:
    print(e is err, e)
