# Built-in types registered with the container ABCs
from collections.abc import (Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet,
                             Collection, Reversible, Sized, Iterable, Hashable, ByteString)

values = [[1], (1,), "s", range(2), {1: 1}, set([1]), frozenset(), b"x", 3, 2.5]
abcs = [Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Collection, Reversible, Hashable]
print("type      " + " ".join(a.__name__[:6].ljust(6) for a in abcs))
for v in values:
    print(f"{type(v).__name__:<10}" + " ".join(("yes" if isinstance(v, a) else "-").ljust(6) for a in abcs))
print(issubclass(bytes, ByteString), issubclass(str, ByteString))
print(issubclass(list, Sized), issubclass(dict, Iterable), issubclass(int, Iterable))
print(Sequence, MutableMapping.__name__, Iterable.__module__)
