# Reversible, Sized and Collection on built-ins and on a small class
from collections.abc import Reversible, Sized, Collection, Container

class Ring:
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        return x in self.items
    def __reversed__(self):
        return reversed(self.items)

r = Ring(1, 2, 3)
for obj in [r, [1], "ab", {1: 2}, range(3), set([1]), iter([])]:
    print(type(obj).__name__, isinstance(obj, Reversible), isinstance(obj, Sized),
          isinstance(obj, Collection), isinstance(obj, Container))
print(list(reversed(r)), len(r), 2 in r)
