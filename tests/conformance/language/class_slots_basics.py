# __slots__: attributes in fixed places instead of a __dict__; inheritance,
# a __dict__ slot, copies, cycles through slots, __class__ between classes
# with the same slots, dataclass(slots=True), a subclass of a built-in.
import copy, gc, sys, weakref
from dataclasses import dataclass


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


p = Point(1, 2)
print(p, [n for n in dir(p) if not n.startswith('__')])
try:
    vars(p)
except TypeError as e:
    print('vars:', e)
p.x += 10
del p.y
print(hasattr(p, 'y'), getattr(p, 'y', 'unset'))
p.y = 5
print(p, Point.x.__get__(p, Point), Point.y.__set__(p, 7), p.y)


class Point3(Point):
    __slots__ = ('z',)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Loose(Point):
    pass


q = Point3(1, 2, 3)
print(q.x, q.y, q.z, hasattr(q, '__dict__'))
lo = Loose(4, 5)
lo.extra = 6
print(lo.__dict__, lo.x, sorted(Loose.__dict__))


class WithDict:
    __slots__ = ('a', '__dict__', '__weakref__')


w = WithDict()
w.a = 1
w.b = 2
print(w.__dict__, w.a, weakref.ref(w)() is w)

# copies keep the slots
c = copy.copy(q)
d = copy.deepcopy(Point3([1], [2], [3]))
print(c.x, c.y, c.z, d.x, d.y, d.z)

# a cycle through slots is collected
class Node:
    __slots__ = ('other', '__weakref__')


a, b = Node(), Node()
a.other, b.other = b, a
r = weakref.ref(a)
del a, b
gc.collect()
print('collected', r() is None)

# __class__ between classes with the same slots
class P2:
    __slots__ = ('x', 'y')


class Other:
    __slots__ = ('u',)


p.__class__ = P2
print(type(p).__name__, p.x)
try:
    p.__class__ = Other
except TypeError as e:
    print(e)


@dataclass(slots=True)
class Pair:
    left: int
    right: int = 0


pr = Pair(1)
print(pr, Pair.__slots__, hasattr(pr, '__dict__'))
try:
    pr.other = 1
except AttributeError as e:
    print(e)


class Exc(Exception):
    __slots__ = ('code',)


e = Exc('boom')
e.code = 7
print(e.code, e.args)
print(sys.getsizeof(Point(1, 2)) < sys.getsizeof(Loose(1, 2)) + 100)
