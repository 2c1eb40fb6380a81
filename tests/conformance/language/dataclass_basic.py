# dataclasses: generated __init__, __repr__, __eq__, defaults and factories.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, MISSING
from typing import List


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), p == (1, 2))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__init__.__annotations__)
print(Point.__doc__, Point.__match_args__, Point.__hash__)
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Point(1, z=3)
except TypeError as e:
    print(e)
try:
    hash(p)
except TypeError as e:
    print(e)


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)
    derived: int = field(init=False, default=-1)

    def __post_init__(self):
        self.derived = len(self.name)


a = Inventory("box")
b = Inventory("box")
a.items.append("pen")
print(a, b, a.items is not b.items, a.derived)
print(Inventory("x", ["a"], 3, "other") == Inventory("x", ["a"], 3, "s"))
print([f.name for f in fields(Inventory)], [f.default for f in fields(a)][2:])
print(asdict(a), astuple(a))
print(replace(a, name="crate"), is_dataclass(a), is_dataclass(Inventory), is_dataclass(1))
f0 = fields(Point)[0]
print(f0.name, f0.type, f0.default is MISSING, f0.init, f0.repr, f0.compare, f0.hash, f0.kw_only)
print(repr(fields(Point)[1]))

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Mutable:
        xs: list = []
except ValueError as e:
    print(e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)


@dataclass
class Nested:
    p: Point
    ps: list
    d: dict


n = Nested(Point(1), [Point(2)], {"k": Point(3)})
print(n)
print(asdict(n))
print(astuple(n))


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Derived(Base):
    c: float = 1.5
    a: int = 10


print(Derived(), Derived(1, "x", 2.0), [f.name for f in fields(Derived)])


@dataclass(repr=False, eq=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), "Plain object" in repr(Plain(1)))


@dataclass
class WithClassVar:
    from typing import ClassVar
    total: ClassVar[int] = 0
    value: int = 1


print(WithClassVar(), [f.name for f in fields(WithClassVar)], WithClassVar.total)


@dataclass
class Recursive:
    name: str
    children: list = field(default_factory=list)


r = Recursive("root")
r.children.append(r)
print(r)


@dataclass
class Self:
    self: int


print(Self(5))
