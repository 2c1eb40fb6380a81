# SimpleNamespace: keyword attributes, repr, equality, attribute changes.
from types import SimpleNamespace

ns = SimpleNamespace(a=1, b="two")
print(ns)
print(ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns)
print(SimpleNamespace(x=1) == SimpleNamespace(x=1), SimpleNamespace(x=1) == SimpleNamespace(x=2))
print(SimpleNamespace())
try:
    SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
