# SimpleNamespace: nested and self-referencing reprs, subclasses, unhashable.
from types import SimpleNamespace

outer = SimpleNamespace(inner=SimpleNamespace(x=1), items=[1, 2])
print(outer)
outer.me = outer
print(outer)

class Point(SimpleNamespace):
    pass

p = Point(x=1, y=2)
print(p, p == SimpleNamespace(x=1, y=2))
try:
    hash(SimpleNamespace())
except TypeError as e:
    print("TypeError:", e)
