# A _GeneratorContextManager can be entered only once.
from contextlib import contextmanager

@contextmanager
def once():
    yield "value"

cm = once()
with cm as v:
    print(v)
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__, e)
