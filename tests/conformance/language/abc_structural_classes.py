# The ABCs check methods, not ancestry (their __subclasshook__)
from collections.abc import Sized, Container, Hashable, Callable, Iterable, Reversible, Collection

class HasLen:
    def __len__(self):
        return 0

class HasContains:
    def __contains__(self, x):
        return True

class HasCall:
    def __call__(self):
        return 42

class Unhashable:
    def __eq__(self, other):
        return True

class ExplicitlyNone:
    __iter__ = None

class Full:
    def __len__(self):
        return 1
    def __iter__(self):
        return iter([1])
    def __contains__(self, x):
        return x == 1
    def __reversed__(self):
        return iter([1])

for cls in (HasLen, HasContains, HasCall, Unhashable, ExplicitlyNone, Full):
    flags = [issubclass(cls, abc) for abc in (Sized, Container, Hashable, Callable, Iterable, Reversible, Collection)]
    print(f"{cls.__name__:<15}", " ".join("Y" if f else "." for f in flags))
print(isinstance(HasCall(), Callable), callable(HasCall()), isinstance(len, Callable), isinstance(int, Callable))
print(isinstance(Full(), Collection), isinstance(HasLen(), Collection))
