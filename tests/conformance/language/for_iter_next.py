# Classes whose __next__ is written in Python, iterated by for loops,
# comprehensions and builtins: values, the end of iteration, errors.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

print(list(Countdown(3)), [x * 2 for x in Countdown(4)], sum(Countdown(5)))
for x in Countdown(2):
    print("loop", x)
else:
    print("else ran")

class Stop(StopIteration):
    pass

class CustomStop:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise Stop("custom", 7)
        return self.i

print([v for v in CustomStop()])

class Fails:
    def __iter__(self):
        return self
    def __next__(self):
        return 1 / 0

try:
    for x in Fails():
        print("never")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

class GenNext:
    """__next__ written as a generator function returns a new generator each time."""
    def __iter__(self):
        return self
    def __next__(self):
        yield "made"

import itertools
print([type(g).__name__ for g in itertools.islice(GenNext(), 3)], [list(g) for g in itertools.islice(GenNext(), 2)])

class Swap:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == 2:
            def finished(self):
                raise StopIteration
            Swap.__next__ = finished
        return self.i

print(list(iter(Swap())))

class InstanceNext:
    def __init__(self):
        self.items = [1, 2]
        self.__next__ = lambda: "instance attribute, never used"
    def __iter__(self):
        return self
    def __next__(self):
        if not self.items:
            raise StopIteration
        return self.items.pop()

print([x for x in InstanceNext()])

def nested():
    for a in Countdown(2):
        for b in Countdown(2):
            yield a, b
print(list(nested()))

class Deep:
    def __init__(self, depth):
        self.depth = depth
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration
        self.done = True
        return self.depth if self.depth == 0 else list(Deep(self.depth - 1))

print(list(Deep(5)))

import traceback
class Broken:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("bad item")
try:
    for _ in Broken():
        pass
except ValueError:
    traceback.print_exc(file=__import__("sys").stdout)
