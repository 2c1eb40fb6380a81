# sys.getsizeof of instances, classes and functions, __slots__ against
# __dict__, user-defined __sizeof__, the default argument and the errors.
import sys
from sys import getsizeof


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class SlotPoint:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
sp = SlotPoint(1, 2)
print("instance", getsizeof(p), "with __slots__", getsizeof(sp))
print("its __dict__", getsizeof(p.__dict__), "total", getsizeof(p) + getsizeof(p.__dict__))
points = [Point(i, i) for i in range(100)]
print("after 100 more instances", getsizeof(points[0].__dict__), getsizeof(Point(0, 0).__dict__))


class Bag:
    pass


bag = Bag()
print("empty bag dict", getsizeof(bag.__dict__))
for i in range(40):
    setattr(bag, "attr%d" % i, i)
print("bag with 40 attributes", getsizeof(bag), getsizeof(bag.__dict__))


class WithDictSlot:
    __slots__ = ("a", "__dict__")


class WithWeakrefSlot:
    __slots__ = ("a", "__weakref__")


class NoSlots:
    __slots__ = ()


class Child(SlotPoint):
    pass


class SlotChild(SlotPoint):
    __slots__ = ("z",)


print("slots variants", getsizeof(WithDictSlot()), getsizeof(WithWeakrefSlot()), getsizeof(NoSlots()),
      getsizeof(Child(1, 2)), getsizeof(SlotChild(1, 2)))


class MyInt(int):
    pass


class MyFloat(float):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


class MyDict(dict):
    pass


class MySet(set):
    pass


class MyError(Exception):
    pass


print("builtin subclasses", getsizeof(MyInt(5)), getsizeof(MyFloat(1.0)), getsizeof(MyStr("ab")),
      getsizeof(MyTuple((1, 2))), getsizeof(MyDict()), getsizeof(MySet()), getsizeof(MyError()))
print("exceptions", getsizeof(Exception()), getsizeof(ValueError("x")), getsizeof(KeyError()),
      getsizeof(StopIteration()), getsizeof(OSError()), getsizeof(AttributeError()))
print("classes", getsizeof(Point), getsizeof(SlotPoint), getsizeof(NoSlots), getsizeof(MyTuple), getsizeof(MyError),
      getsizeof(int), getsizeof(object), getsizeof(type))


def func(a, b=1):
    return a + b


print("functions", getsizeof(func), getsizeof(lambda: 0), getsizeof(len), getsizeof(p.__init__.__func__),
      getsizeof([].append), getsizeof(sys))


class Sized:
    def __init__(self, n):
        self.n = n

    def __sizeof__(self):
        return self.n


print("user __sizeof__", getsizeof(Sized(100)), getsizeof(Sized(0)), getsizeof(Sized(True)))
for bad in [-1, "big", 1.5, 2**70]:
    try:
        getsizeof(Sized(bad))
    except Exception as exc:
        print(type(exc).__name__, exc)
print("default", getsizeof(Sized("big"), "n/a"), getsizeof(1, default=0), getsizeof(object=1))
try:
    getsizeof(Sized(-1), "n/a")
except ValueError as exc:
    print("default does not hide", exc)


class NoSize:
    __sizeof__ = None


print("None __sizeof__", getsizeof(NoSize(), -1))


class Raises:
    def __sizeof__(self):
        raise KeyError("k")


try:
    getsizeof(Raises(), 0)
except KeyError as exc:
    print("KeyError passes through", exc)


class SlotsSized:
    __slots__ = ()

    def __sizeof__(self):
        return 5


class IntSized(int):
    def __sizeof__(self):
        return 5


print("headers", getsizeof(SlotsSized()), getsizeof(IntSized(3)))
print("methods", [].__sizeof__(), list.__sizeof__([1, 2]), object.__sizeof__([1, 2]), {}.__sizeof__(), set().__sizeof__())
for call in [lambda: getsizeof(), lambda: getsizeof(1, 2, 3), lambda: getsizeof(1, foo=2),
             lambda: list.__sizeof__(5), lambda: [].__sizeof__(1)]:
    try:
        call()
    except TypeError as exc:
        print("TypeError", exc)
