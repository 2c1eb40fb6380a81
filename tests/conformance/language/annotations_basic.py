# __annotations__ of modules, classes and functions.
x: int = 1
y: "list[str]"
print(__annotations__)
print(x, "y" in globals())


def f(a: int, b: str = "s", *args: float, c: bool = True, **kw: dict) -> list:
    local: int = 5
    return local


print(f.__annotations__)
print(f(1))


def g(a, /, b: int, *, c: "str"):
    pass


print(g.__annotations__)


def h():
    pass


print(h.__annotations__)
h.__annotations__["x"] = 1
print(h.__annotations__)


class Point:
    x: int
    y: int = 0
    label: str = "p"

    def move(self, dx: int) -> "Point":
        return self


print(Point.__annotations__)
print(Point.move.__annotations__)
print("x" in Point.__dict__, Point.y)


class Empty:
    pass


print(Empty.__dict__.get("__annotations__"))


class Nested:
    if True:
        a: int
    for i in range(1):
        b: float
    try:
        c: str = "c"
    finally:
        pass


print(Nested.__annotations__)

order = []


def note(v):
    order.append(v)
    return v


class Order:
    z: note("annotation") = note("value")


print(order)
d = {}
d["k"]: int = 3
print(d)


class Obj:
    pass


o = Obj()
o.attr: int = 4
print(o.attr)
lam = lambda q: q
print(lam.__annotations__)
