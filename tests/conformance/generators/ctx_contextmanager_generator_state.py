# The generator behind the context manager: suspended in the body, closed after.
import inspect
from contextlib import contextmanager

@contextmanager
def managed():
    yield

cm = managed()
print(inspect.getgeneratorstate(cm.gen))
with cm:
    print(inspect.getgeneratorstate(cm.gen))
print(inspect.getgeneratorstate(cm.gen))
