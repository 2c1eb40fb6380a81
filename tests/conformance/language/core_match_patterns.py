class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def describe(v):
    match v:
        case 0 | 1 as small:
            return f"small {small}"
        case True:
            return "true?"
        case None:
            return "none"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return f"number {v}"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case str(s):
            return f"string {s}"
        case [x, y]:
            return f"pair {x} {y}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case {"kind": "circle", "r": r}:
            return f"circle {r}"
        case {"kind": k, **others}:
            return f"kind {k} others {others}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px):
            return f"point x={px}"
        case _:
            return "something else"
for v in [0, 1, True, None, -5, 7, 2.5, "hi", "hello", [1, 2], [1, 2, 3], [9], (4, 5), {"kind": "circle", "r": 2},
          {"kind": "sq", "side": 3, "c": 1}, Point(0, 0), Point(0, 4), Point(3, 3), Point(1, 2), object]:
    print(describe(v))
match (1, [2, 3]):
    case (a, [b, c]):
        print(a, b, c)
cmd = "go north"
match cmd.split() if False else ["go", "north"]:
    case ["go", ("north" | "south") as d]:
        print("going", d)
