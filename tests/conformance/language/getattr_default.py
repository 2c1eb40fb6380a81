# getattr(obj, name, default) and hasattr(): a missing attribute gives the
# default (or False) whatever kind of object is asked, while errors other than
# AttributeError, and AttributeErrors raised on purpose, behave as CPython's.
import types


class Plain:
    kind = "class attribute"

    def __init__(self):
        self.here = 1


class WithGetattr:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no {name} here")


class Props:
    @property
    def broken(self):
        raise AttributeError("the property gave up")

    @property
    def failing(self):
        raise ValueError("not an attribute problem")

    @property
    def fine(self):
        return "computed"


class Custom:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 10


p = Plain()
print(getattr(p, "here", "d"), getattr(p, "kind", "d"), getattr(p, "missing", "d"))
print(hasattr(p, "here"), hasattr(p, "kind"), hasattr(p, "missing"), hasattr(p, "__class__"))
print(getattr(p, "__class__", None).__name__, getattr(p, "__dict__", None))

w = WithGetattr()
print(getattr(w, "dyn_value", "d"), getattr(w, "other", "d"), hasattr(w, "dyn_x"), hasattr(w, "other"))

pr = Props()
print(getattr(pr, "broken", "default for broken"), hasattr(pr, "broken"), getattr(pr, "fine", "d"))
try:
    getattr(pr, "failing", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    hasattr(pr, "failing")
except ValueError as e:
    print("hasattr ValueError:", e)

c = Custom()
c.visible = 5
print(getattr(c, "secret", "d"), getattr(c, "visible", "d"), hasattr(c, "secret"))

s = Slotted()
print(getattr(s, "a", "d"), getattr(s, "b", "unset slot"), hasattr(s, "b"), hasattr(s, "c"))

print(getattr(None, "_asyncio_future_blocking", "none has none"), hasattr(None, "__repr__"))
print(getattr(3, "real", "d"), getattr(3, "imag", "d"), getattr(3, "nope", "d"), hasattr(3.5, "is_integer"))
print(getattr("text", "upper", None) is not None, getattr([], "nope", []), hasattr((), "count"))
print(getattr(Plain, "kind", "d"), getattr(Plain, "here", "not on the class"), hasattr(Plain, "__init__"))
print(getattr(types, "SimpleNamespace", None) is types.SimpleNamespace, getattr(types, "Nope", "no such name"))
ns = types.SimpleNamespace(x=1)
print(getattr(ns, "x", "d"), getattr(ns, "y", "d"))


def f():
    pass


f.tag = "tagged"
print(getattr(f, "tag", "d"), getattr(f, "untagged", "d"), hasattr(f, "__name__"))


def gen():
    yield 1


g = gen()
print(getattr(g, "gi_running", "d"), getattr(g, "nothing", "d"), hasattr(g, "send"))

try:
    getattr(p, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(w, "other")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, 5, "d")
except TypeError as e:
    print("TypeError:", e)
try:
    hasattr(p)
except TypeError as e:
    print("TypeError:", e)
