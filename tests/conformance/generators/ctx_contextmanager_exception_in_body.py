# An exception in the with body is thrown into the generator at its yield.
from contextlib import contextmanager

@contextmanager
def guarded():
    try:
        yield
    except ValueError as e:
        print("handled inside the generator:", e)
    finally:
        print("cleanup")

with guarded():
    raise ValueError("oops")
print("execution continues: the exception was suppressed")
