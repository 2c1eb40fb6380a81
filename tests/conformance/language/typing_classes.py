# typing.NamedTuple, TypedDict, Protocol / runtime_checkable, and abc.ABC.
from abc import ABC, ABCMeta, abstractmethod
from typing import NamedTuple, Protocol, TypedDict, runtime_checkable, List, Optional


class Employee(NamedTuple):
    name: str
    id: int = 3
    tags: List[str] = []

    def describe(self) -> str:
        return f"{self.name}#{self.id}"


e = Employee("ann")
print(e, e.describe(), e._fields, Employee._field_defaults, e[0], len(e))
print(Employee.__annotations__, Employee.__mro__, isinstance(e, tuple))
print(e._replace(id=9), e._asdict(), Employee._make(["bob", 1, []]))
x, y, z = e
print(x, y, z)
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point.__annotations__)
try:
    class Wrong(NamedTuple):
        a: int = 1
        b: int
except TypeError as err:
    print(err)


class Movie(TypedDict):
    title: str
    year: int


class Partial(TypedDict, total=False):
    rating: float


m = Movie(title="Up", year=2009)
print(m, type(m), Movie.__annotations__, sorted(Movie.__required_keys__), sorted(Partial.__optional_keys__))
Alt = TypedDict("Alt", {"a": int})
print(Alt(a=1), Alt.__total__)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self):
        print("closed")


class NotResource:
    pass


print(isinstance(Resource(), Closable), isinstance(NotResource(), Closable), issubclass(Resource, Closable))


class Greeter(Protocol):
    def greet(self) -> str:
        ...


try:
    isinstance(Resource(), Greeter)
except TypeError as err:
    print(err)
try:
    Greeter()
except TypeError as err:
    print(err)


class Shape(ABC):
    @abstractmethod
    def area(self) -> float:
        ...

    @abstractmethod
    def perimeter(self) -> float:
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class HalfDone(Shape):
    def area(self):
        return 0


print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__, type(Shape))
for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as err:
        print(err)
print(isinstance(Square(1), Shape), issubclass(Square, ABC))


class Plugin(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...


class Impl(Plugin):
    @property
    def name(self):
        return "impl"


print(Impl().name)
try:
    Plugin()
except TypeError as err:
    print(err)


class Drawable(ABC):
    pass


Drawable.register(int)
print(isinstance(3, Drawable), issubclass(int, Drawable), isinstance("s", Drawable))


class WithClassmethod(ABC):
    @classmethod
    @abstractmethod
    def make(cls):
        ...


try:
    WithClassmethod()
except TypeError as err:
    print(err)
