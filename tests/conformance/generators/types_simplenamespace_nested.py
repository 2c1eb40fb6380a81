# SimpleNamespace: nested and self-referencing reprs, subclasses, the class's names.
from types import SimpleNamespace

outer = SimpleNamespace(inner=SimpleNamespace(x=1), items=[1, 2])
print(outer)
outer.me = outer
print(outer)

class Point(SimpleNamespace):
    pass

p = Point(x=1, y=2)
print(p, p == SimpleNamespace(x=1, y=2))
print(SimpleNamespace.__name__, SimpleNamespace.__module__)
