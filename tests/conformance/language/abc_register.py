# ABC.register: virtual subclasses, also as a class decorator
from collections.abc import Sequence, Sized, Iterable, Collection, MutableSequence
from collections import deque

class Tape:
    def __init__(self, *items):
        self.items = list(items)
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)

print(isinstance(Tape(), Sequence))
Sequence.register(Tape)
print(isinstance(Tape(), Sequence), issubclass(Tape, Collection), issubclass(Tape, Sized))
print(Tape not in Sequence.__mro__)

@Iterable.register
class Box:
    pass

print(Box.__name__, isinstance(Box(), Iterable))
print(isinstance(deque(), MutableSequence), isinstance(deque(), Sequence))
print(MutableSequence.register(list) is list)
