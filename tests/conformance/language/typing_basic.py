# typing: reprs, subscripting, get_origin/get_args, TypeVar and Generic.
import typing as t
from typing import (Any, AsyncGenerator, AsyncIterator, Awaitable, Callable, ClassVar, Coroutine,
                    Dict, Final, Generator, Generic, Iterable, Iterator, List, Literal, Optional,
                    Sequence, Set, Tuple, TypeVar, Union, cast, TYPE_CHECKING)

T = TypeVar("T")
K = TypeVar("K")
print(t.List, List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Callable[[int, str], bool], Callable[..., int], Callable)
print(Optional[int], Union[int, str], Union[int, None, str], Optional[Union[int, str]], Union[int])
print(Generator[int, None, None], Iterator[int], Iterable, Any, T, TypeVar("U", covariant=True), Generic[T])
print(Literal[1, "a", None], ClassVar[int], Final[int], t.Type[int], t.Annotated[int, "m"], Sequence[int], t.Mapping[str, int])
print(AsyncIterator[int], Awaitable[int], Coroutine[int, None, str], AsyncGenerator[int, None], t.NoReturn, t.Text, t.AnyStr)
print(t.Deque[int], t.DefaultDict[str, int], t.Counter[str], Set[int], t.FrozenSet[int], t.Hashable, t.Sized)
print(t.get_origin(List[int]), t.get_args(Dict[str, int]), t.get_origin(Optional[int]), t.get_args(Optional[int]))
print(t.get_origin(int), t.get_args(int), t.get_args(Callable[[int], str]), t.get_origin(list[int]), t.get_args(int | str))
print(Optional[int] == Union[int, None], List[int] == List[int], Union[int, str] == Union[str, int], Optional[int] == (int | None))
print(isinstance([], t.List), isinstance({}, t.Mapping), issubclass(list, Sequence), isinstance(3, Union[int, str]))
try:
    isinstance([], List[int])
except TypeError as e:
    print(e)
try:
    List()
except TypeError as e:
    print(e)
try:
    isinstance(1, Any)
except TypeError as e:
    print(e)
try:
    Union[()]
except TypeError as e:
    print(e)
try:
    List[int, str]
except TypeError as e:
    print(e)
print(cast(int, "x"), TYPE_CHECKING, Union[int, str].__args__, Callable[[int], str].__args__)


class Box(Generic[T]):
    def __init__(self, value: T) -> None:
        self.value = value

    def get(self) -> T:
        return self.value


class Pair(Generic[K, T]):
    pass


b = Box[int](3)
print(Box[int], b.value, b.get(), Box.__parameters__, Box[int].__origin__, Box.__mro__)
print(Pair[str, int], Pair.__parameters__, b.__orig_class__)
try:
    Pair[int]
except TypeError as e:
    print(e)
try:
    class Bad(Generic):
        pass
except TypeError as e:
    print(e)


class IntBox(Box[int]):
    pass


print(IntBox.__mro__, IntBox.__orig_bases__, IntBox(5).get())
alias = Dict[K, List[T]]
print(alias, alias.__parameters__, alias[str, int])
UserId = t.NewType("UserId", int)
print(UserId, UserId(5), type(UserId(5)))


def f(x: int, y: "str" = "a") -> Optional[List[int]]:
    return None


print(t.get_type_hints(f))


class Hinted:
    a: int
    b: "List[str]"
    c: ClassVar[int] = 0


print(t.get_type_hints(Hinted))
print(int | str, List[int] | None, Optional[T])
