# A for loop over a class iterator takes the class's __next__ as it is at each
# item: replacing it on the class, or on a base, mid-loop is seen at once; two
# iterator classes alternating in nested loops each keep their own.


class Up:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


def doubled_next(self):
    if self.i >= self.n:
        raise StopIteration
    self.i += 1
    return self.i * 100


seen = []
for v in Up(6):
    seen.append(v)
    if v == 2:
        Up.__next__ = doubled_next
print(seen)


class Base:
    def __iter__(self):
        return self

    def __next__(self):
        self.k -= 1
        if self.k < 0:
            raise StopIteration
        return "base", self.k


class Child(Base):
    def __init__(self):
        self.k = 4


def other_next(self):
    self.k -= 1
    if self.k < 0:
        raise StopIteration
    return "patched", self.k


out = []
for item in Child():
    out.append(item)
    if item[1] == 2:
        Base.__next__ = other_next
print(out)


class Down:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return -self.n


pairs = []
for a in Up(3):
    for b in Down(2):
        pairs.append((a, b))
print(pairs)


class Plain:
    def __init__(self):
        self.left = 3

    def __iter__(self):
        return self

    __next__ = None


# A __next__ that is no Python function (a builtin here): the loop calls it
# through the type, as CPython's tp_iternext slot does.
it = iter([7, 8, 9])
Plain.__next__ = lambda self: next(it)
print(list(Plain()))
Plain.__next__ = staticmethod(lambda: next(it, None) or (_ for _ in ()).send(1))
try:
    print(list(Plain()))
except TypeError as e:
    print("TypeError", e)
