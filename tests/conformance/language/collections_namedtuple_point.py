# namedtuple: a tuple with named fields
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p)
print(p.x, p.y, p[0], p[-1], len(p))
x, y = p
print("unpacked", x, y)
print(p == (1, 2), p == Point(1, 2), p != Point(2, 1))
print(isinstance(p, tuple), isinstance(p, Point))
print(Point._fields)
print(p._asdict())
q = p._replace(y=20)
print(q, p)
print(Point(x=5, y=6), Point(7, y=8))
print(hash(p) == hash((1, 2)))
print(Point._make([3, 4]))
print(sum(p), max(Point(9, 4)))
print(type(p).__name__, Point.__name__)
print([pt.x for pt in [Point(1, 1), Point(2, 4), Point(3, 9)]])
print(p + (3,))
