# __getattribute__, __getattr__, __setattr__, __delattr__ defined in Python.
class Logged:
    def __init__(self):
        self.log = []
        self.x = 1

    def __getattribute__(self, name):
        if name not in ("log", "__dict__", "__class__"):
            object.__getattribute__(self, "log").append(("get", name))
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"missing:{name}"

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(("set", name, value))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)

    def method(self):
        return "m"


o = Logged()
print(o.x, o.nope, o.method())
o.y = 5
del o.x
print(o.log)
print(hasattr(o, "x"), getattr(o, "y"), "x" in o.__dict__)
try:
    del o.zzz
except AttributeError as e:
    print("AttributeError", e)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name):
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        setattr(self._target, name, value)


class Target:
    pass


t = Target()
p = Proxy(t)
p.a = 10
print(t.a, p.a, "a" in p.__dict__, p.__dict__)
try:
    p.nothing
except AttributeError as e:
    print(e)


class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")

    __delattr__ = __setattr__


f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print(e, f.v)


class Lazy:
    def __getattr__(self, name):
        if name.startswith("calc_"):
            value = len(name)
            setattr(self, name, value)
            return value
        raise AttributeError(name)


lz = Lazy()
print(lz.calc_abc, lz.__dict__)
try:
    lz.other
except AttributeError as e:
    print("AttributeError", e)


class Prop:
    @property
    def broken(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return "fallback " + name


print(Prop().broken)


class Always:
    def __getattribute__(self, name):
        return 42


print(Always().anything, Always().__class__)


class Child(Logged):
    pass


c = Child()
c.z = 3
print(c.log[-1], c.z)
print(object.__getattribute__(c, "z"))
try:
    object.__setattr__(1, "a", 2)
except AttributeError as e:
    print(e)
try:
    object.__setattr__(c, 5, 2)
except TypeError as e:
    print(e)


class Counter:
    count = 0

    def __setattr__(self, name, value):
        type(self).count += 1
        super().__setattr__(name, value)


k = Counter()
k.a = 1
k.b = 2
print(Counter.count, vars(k))
