# Attribute reads and method calls repeated at one place while what they found
# changes: class defaults shadowed by instance values, methods hidden by the
# instance or replaced on the class, module globals rebound or deleted. What a
# per-site cache of instance, module and method look-ups must never get wrong.
import types


class Future:
    # Class-level defaults, as asyncio's Future has: instances overwrite them.
    _state = "PENDING"
    _result = None

    def __init__(self):
        self._loop = "loop"

    def done(self):
        return self._state != "PENDING"

    def finish(self, value):
        self._result = value
        self._state = "FINISHED"


def states(objs):
    return [(o._state, o._result) for o in objs]


def dones(objs):
    return [o.done() for o in objs]


a, b = Future(), Future()
print(states([a, b]), dones([a, b]))
a.finish(1)
print(states([a, b, a]), dones([a, b, a]))
b.finish(2)
del a._state
print(states([a, b]), dones([a, b]))

# The default on the class changes; an instance without its own value sees it.
Future._state = "CANCELLED"
print(states([a, b]), dones([a, b]))
Future._state = "PENDING"


# The default becomes a data descriptor: it now wins over the instance's dict.
class Loud:
    def __get__(self, obj, cls):
        return "descriptor"

    def __set__(self, obj, value):
        print("descriptor set", value)


Future._state = property(lambda self: "property state")
print(states([a, b]), dones([a, b]))
Future._state = Loud()
print(states([a, b]), dones([a, b]))
a.finish(3)
Future._state = "PENDING"
print(states([a, b]), dones([a, b]))


# A class default whose own class gains __set__ later: nothing in Future's
# dict changes, yet the default turns into a data descriptor.
class Later:
    def __get__(self, obj, cls):
        return "Later.__get__"


Future._result = Later()
print(states([a, b]))
Later.__set__ = lambda self, obj, value: print("Later.__set__", value)
print(states([a, b]))
b.finish(4)
del Future._result


# Methods: hidden by the instance, replaced on the class, inherited, removed.
class Counter:
    def __init__(self):
        self.n = 0

    def step(self):
        self.n += 1
        return self.n


def steps(objs):
    return [o.step() for o in objs]


c, d = Counter(), Counter()
print(steps([c, d, c]))
d.step = lambda: "instance step"
print(steps([c, d, c]))
del d.step
print(steps([c, d]))
Counter.step = lambda self: "replaced step"
print(steps([c, d]))


class Base:
    def step(self):
        return "Base.step"


class Child(Base):
    pass


e = Child()
print(steps([e, c, e]))
Base.step = lambda self: "Base.step again"
print(steps([e]))
Child.step = lambda self: "Child.step"
print(steps([e, e]))
del Child.step
del Base.step
try:
    steps([e])
except AttributeError as err:
    print("AttributeError:", err)


# __getattribute__ added to the class after its method calls were cached.
def intercept(self, name):
    if name == "step":
        return lambda: "intercepted"
    return object.__getattribute__(self, name)


Counter.__getattribute__ = intercept
print(steps([c]))
del Counter.__getattribute__
print(steps([c]))

# Methods of built-in types at the same site as Python ones.
print([x.count(1) for x in ([1, 1], (1,), [0])])

# Module attributes: functions called and values read through the module.
mod = types.ModuleType("mod")
mod.value = 1
mod.twice = lambda v: v * 2


def use(m):
    return m.value, m.twice(m.value)


print(use(mod), use(mod))
mod.value = 5
mod.twice = lambda v: v * 3
print(use(mod))
del mod.value
try:
    use(mod)
except AttributeError as err:
    print("AttributeError:", err)
mod.__getattr__ = lambda name: f"module __getattr__({name})"
print(use(mod))
mod.value = 7
print(use(mod))
for i in range(40):
    setattr(mod, f"filler{i}", i)
del mod.value
mod.value = 8
print(use(mod))


# Two modules and an instance through one site.
other = types.ModuleType("other")
other.value = 100
other.twice = abs


class Fake:
    value = -3

    @staticmethod
    def twice(v):
        return v - 1


print([use(m) for m in (mod, other, Fake(), mod)])

# A module's dict changed directly, and a module's __dict__ and __class__.
vars(mod)["value"] = "through vars"
print(use(mod), mod.__class__.__name__, type(mod.__dict__).__name__)
mod.__dict__.clear()
try:
    use(mod)
except AttributeError as err:
    print("AttributeError:", err)


# An instance whose __dict__ holds the name __dict__ or __class__.
class Plain:
    pass


p = Plain()
p.__dict__["__dict__"] = "fake dict"
p.__dict__["__class__"] = "fake class"
for _ in range(3):
    print(type(p.__dict__).__name__, p.__class__.__name__)
