# Subclassing tuple: the values are fixed in __new__
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(3, 4)
print(p, p.x, p.y, len(p), p[0])
print(p == (3, 4), isinstance(p, tuple), hash(p) == hash((3, 4)))
a, b = p
print(a, b, list(p), sorted([Point(2, 1), Point(1, 5)]))

class Frozen(tuple):
    pass

f = Frozen([1, 2, 3])
print(f, len(f), type(f).__name__, f + (4,), Frozen())
print(tuple.__new__(Frozen, "ab"))
