# A StopIteration raised in the body is not swallowed by the generator's protocol.
from contextlib import contextmanager

@contextmanager
def plain():
    yield

try:
    with plain():
        raise StopIteration("from body")
except StopIteration as e:
    print("StopIteration propagated:", e)
