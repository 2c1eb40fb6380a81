# Instance attributes read and written at the same place many times while the
# objects, their dicts and their classes change underneath: what a cache of
# where an attribute sits in an instance's __dict__ must never get wrong.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def read_x(objs):
    return [o.x for o in objs]


def bump(o, n):
    for _ in range(n):
        o.x = o.x + 1
    return o.x


p = Point(1, 2)
q = Point(10, 20)
print(read_x([p, q, p, q]), bump(p, 5), bump(q, 3))

# Attributes deleted and added again land at other positions in the dict.
del p.x
try:
    read_x([p])
except AttributeError as e:
    print("AttributeError:", e)
p.z = 99
p.x = "back"
print(read_x([p, q]), vars(p))
for i in range(30):
    setattr(p, f"extra{i}", i)
print(read_x([p]), bump(q, 2), len(vars(p)))
p.__dict__.clear()
p.x = "after clear"
print(read_x([p]))

# Another class's instances through the same code.


class Other:
    def __init__(self):
        self.y = 0
        self.x = "other x"


print(read_x([Other(), q, Other()]))

# The class gains a data descriptor of the same name: it wins over the dict.


def get_x(self):
    return "property x"


Point.x = property(get_x, lambda self, v: print("setter got", v))
print(read_x([q]))
q.x = 5
print(vars(q)["x"], read_x([q]))
del Point.x
print(read_x([q]))

# A plain class attribute of the same name does not hide the instance's.
Point.x = "class x"
print(read_x([q, Point(7, 8)]))
del q.x
print(read_x([q]))
del Point.x

# __class__ reassigned.


class Shadowed:
    @property
    def x(self):
        return "Shadowed.x property"


r = Point(3, 4)
print(read_x([r]))
r.__class__ = Shadowed
print(read_x([r]))
r.__class__ = Point
print(read_x([r]))
for bad in (5, int):
    try:
        r.__class__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    del r.__class__
except TypeError as e:
    print("TypeError:", e)


class WithSlots:
    __slots__ = ("x",)


try:
    r.__class__ = WithSlots
except TypeError as e:
    print("TypeError:", e)

# Hooks added to the class after its instances were cached.
s = Point(1, 1)
print(bump(s, 3))


def loud_setattr(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)


Point.__setattr__ = loud_setattr
print(bump(s, 2))
del Point.__setattr__
print(bump(s, 2))


def counting_getattribute(self, name):
    if name == "x":
        return "from __getattribute__"
    return object.__getattribute__(self, name)


Point.__getattribute__ = counting_getattribute
print(read_x([s]))
del Point.__getattribute__
print(read_x([s]))

# A subclass, then its base gains a descriptor.


class Sub(Point):
    pass


t = Sub(100, 200)
print(read_x([t, t]))
Point.x = property(lambda self: "base property")
print(read_x([t]))
del Point.x
print(read_x([t]))

# Keys that are equal strings but different objects.
u = Point(0, 0)
del u.x
setattr(u, "".join(["x"]), "joined key")
print(read_x([u, u]))
u.__dict__["".join(["", "x"])] = "stored through the dict"
print(read_x([u]), bump(Point(1, 1), 2))


# __slots__ and objects without a __dict__.


class Slots:
    __slots__ = ("x",)

    def __init__(self):
        self.x = "slot x"


print(read_x([Slots(), Point(5, 5), Slots()]))
try:
    read_x([object()])
except AttributeError as e:
    print("AttributeError:", e)

# Many instances, values replaced while a finalizer reads them.


class Noisy:
    def __init__(self, tag, log):
        self.tag = tag
        self.log = log

    def __del__(self):
        self.log.append(self.tag)


log = []
holder = Point(0, 0)
for i in range(4):
    holder.x = Noisy(i, log)
holder.x = None
print(log, read_x([holder]))
