# dataclasses: frozen, order, unsafe_hash, InitVar, KW_ONLY, make_dataclass, match.
from dataclasses import (dataclass, field, FrozenInstanceError, InitVar, KW_ONLY, make_dataclass,
                         fields, asdict, replace)


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float = 0.0


c = Coord(1.5)
print(c, hash(c) == hash(Coord(1.5, 0.0)), {c: "here"}[Coord(1.5)])
try:
    c.lat = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del c.lon
except FrozenInstanceError as e:
    print(e)
print(replace(c, lon=9.0), c)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(2, 1), Version(1, 5, "old"), Version(2, 0), Version(1, 5, "dup")]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9), max(vs))
try:
    Version(1) < 3
except TypeError as e:
    print(e)


@dataclass(unsafe_hash=True)
class Tag:
    name: str
    weight: int = field(default=1, hash=False)


print(hash(Tag("a", 1)) == hash(Tag("a", 2)), Tag("a") == Tag("a", 2))


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    password: InitVar[str] = None
    hashed: str = field(init=False, repr=False)

    def __post_init__(self, password):
        self.hashed = (password or "")[::-1]


acct = Account("ann", 10.0, "secret")
print(acct, acct.hashed, [f.name for f in fields(acct)], asdict(acct))


@dataclass
class Options:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1


print(Options("x", verbose=True), Options.__match_args__)
try:
    Options("x", True)
except TypeError as e:
    print(e)


@dataclass(kw_only=True)
class Settings:
    a: int
    b: int = 2


print(Settings(a=1), Settings.__init__.__annotations__)
Dyn = make_dataclass("Dyn", ["x", ("y", int), ("z", list, field(default_factory=list))], order=True)
print(Dyn(1, 2), Dyn(1, 2) < Dyn(1, 3), [f.type for f in fields(Dyn)])


@dataclass
class Shape:
    kind: str
    size: int


def describe(s):
    match s:
        case Shape("circle", size) if size > 5:
            return f"big circle {size}"
        case Shape(kind="square", size=n):
            return f"square {n}"
        case Shape():
            return "other shape"


print(describe(Shape("circle", 9)), describe(Shape("square", 2)), describe(Shape("dot", 1)))


@dataclass(eq=False)
class Node:
    value: int
    next: "Node" = None


n = Node(1, Node(2))
print(n, n == Node(1, Node(2)))


@dataclass
class WithHash:
    x: int

    def __hash__(self):
        return 42


print(hash(WithHash(1)))
try:
    @dataclass(order=True, eq=False)
    class Broken:
        x: int
except ValueError as e:
    print(e)
try:
    @dataclass(frozen=True)
    class FrozenChild(Account):
        pass
except TypeError as e:
    print(e)


@dataclass
class Defaults:
    items: list = field(default_factory=lambda: [1, 2])
    mapping: dict = field(default_factory=dict, metadata={"unit": "m"})


d1, d2 = Defaults(), Defaults()
d1.items.append(3)
print(d1, d2, fields(Defaults)[1].metadata, fields(Defaults)[1].metadata["unit"])
print(Defaults.__init__.__defaults__ is not None)
