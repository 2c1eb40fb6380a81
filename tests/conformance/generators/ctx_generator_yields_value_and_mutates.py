# The yielded object is shared: changes in the body are visible after the yield.
from contextlib import contextmanager

@contextmanager
def collecting():
    items = []
    yield items
    print("collected", items)

with collecting() as bag:
    bag.append(1)
    bag.append(2)
