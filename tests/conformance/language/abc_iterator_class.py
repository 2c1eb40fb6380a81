# Inheriting from collections.abc.Iterator: __iter__ comes for free
from collections.abc import Iterator, Iterable

class Fib(Iterator):
    def __init__(self, limit):
        self.a, self.b = 0, 1
        self.limit = limit

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value

f = Fib(50)
print(isinstance(f, Iterator), isinstance(f, Iterable), iter(f) is f)
print(list(f))
print(list(Fib(10)), sum(Fib(100)))
print(issubclass(Fib, Iterator), Fib.__mro__[1].__name__, Fib.__mro__[2].__name__)
for i, v in enumerate(Fib(5)):
    print(i, v)

class Evens(Iterable):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(0, self.n, 2))

print(list(Evens(9)), isinstance(Evens(2), Iterable), isinstance(Evens(2), Iterator))
