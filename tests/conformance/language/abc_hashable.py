# Hashable: what can be a dict key or a set member
from collections.abc import Hashable

class Plain:
    pass

class EqOnly:
    def __eq__(self, other):
        return isinstance(other, EqOnly)

class EqAndHash:
    def __eq__(self, other):
        return isinstance(other, EqAndHash)
    def __hash__(self):
        return 7

for obj in [1, "s", (1, 2), [1], {}, set(), frozenset(), None, Plain(), EqOnly(), EqAndHash(), len]:
    name = type(obj).__name__
    ok = isinstance(obj, Hashable)
    try:
        hash(obj)
        works = True
    except TypeError:
        works = False
    print(f"{name:<22} Hashable={ok!s:<5} hash() works={works}")
