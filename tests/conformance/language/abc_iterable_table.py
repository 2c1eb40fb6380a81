# isinstance(x, Iterable / Iterator / Generator) for many kinds of objects
from collections.abc import Iterable, Iterator, Generator, Sized, Container, Callable

def gen():
    yield 1

class WithIter:
    def __iter__(self):
        return iter([1, 2])

class WithGetitem:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError

class CountDown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

objects = [
    ("list", [1, 2]), ("tuple", (1,)), ("str", "ab"), ("dict", {}), ("set", set([1])),
    ("range", range(3)), ("int", 5), ("None", None), ("list iter", iter([1])),
    ("generator", gen()), ("gen function", gen), ("genexpr", (x for x in "ab")),
    ("WithIter()", WithIter()), ("WithGetitem()", WithGetitem()), ("CountDown(3)", CountDown(3)),
    ("dict keys", {1: 2}.keys()), ("enumerate", enumerate("ab")), ("zip", zip([1], [2])),
]
abcs = (Iterable, Iterator, Generator, Sized, Container, Callable)
print("object        " + " ".join(a.__name__[:8].ljust(8) for a in abcs))
for name, obj in objects:
    row = [isinstance(obj, abc) for abc in abcs]
    print(name.ljust(14) + " ".join(str(r).ljust(8) for r in row))
print(list(WithGetitem()), list(iter(WithGetitem())))
