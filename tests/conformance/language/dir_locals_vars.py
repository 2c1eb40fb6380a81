# dir(), locals() and vars() inside functions, classes and modules.
import math


def f(a, b=2):
    c = a + b
    inner = [n for n in range(2)]
    print(sorted(locals()), locals()["c"])
    print(dir())
    return vars()


print(sorted(f(1)))


def closure():
    x = 1

    def g():
        y = 2
        return sorted(locals()), x

    return g()


print(closure())


class Point:
    """A point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    print(sorted(locals()))


p = Point(3, 4)
print([n for n in dir(p) if not n.startswith("_")])
print([n for n in dir(Point) if not n.startswith("_")])
print("__init__" in dir(p), "__dict__" in dir(p), "__class__" in dir(Point))
print(vars(p), sorted(vars(Point))[:3])


class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


print(dir(WithDir()))
print([n for n in dir(math) if n.startswith("s")])
print(sorted(n for n in dir() if not n.startswith("_")))


class Child(Point):
    extra = True


print([n for n in dir(Child) if not n.startswith("_")])
try:
    vars(1)
except TypeError as e:
    print(e)
print(dir(None) == dir(type(None)))
