# from __future__ import annotations keeps annotations as their source text.
from __future__ import annotations
import __future__

print(__future__.annotations.compiler_flag > 0, "annotations" in __future__.all_feature_names)

v: Dict[str,int] = {}
w: Optional[List[Tuple[int, ...]]]


class Node:
    value: int
    next: Node | None = None
    children: list[Node]
    pair: tuple[int, str]
    single: tuple[int,]
    fn: Callable[[int, str], bool]
    lit: Literal["a", 'b', 1, -2, 3.5, None, True]
    dotted: typing.Mapping[str, collections.abc.Sequence[int]]
    expr: 1 + 2 * 3
    powered: (a ** b) ** c
    attr: (1).real
    neg: -x

    def method(self, other: Node, *args: int, **kw: Any) -> Node:
        return self


print(__annotations__)
print(Node.__annotations__)
print(Node.method.__annotations__)
print(Node().next)
