# Class attributes and methods that change after they were first looked up:
# every look-up sees the class as it is now (bases, subclasses, instances).
class Base:
    kind = "base"
    def hello(self):
        return "Base.hello"

class Child(Base):
    pass

class Grandchild(Child):
    pass

g = Grandchild()
print(g.kind, g.hello())
Base.kind = "changed"
print(g.kind, Grandchild.kind)
Base.hello = lambda self: "patched"
print(g.hello())
Child.hello = lambda self: "child"
print(g.hello(), Base().hello())
del Child.hello
print(g.hello())
del Base.hello
try:
    g.hello()
except AttributeError as e:
    print("AttributeError:", e)
Grandchild.__repr__ = lambda self: "<G>"
print(repr(g), g)
g.kind = "instance"
print(g.kind, Grandchild.kind)
del g.kind
print(g.kind)

# A method found for one class is not used for another class with the same name.
def make(n):
    class K:
        def value(self):
            return n
    return K()
print([make(i).value() for i in range(4)])

# Changing a dunder on the class changes the operators at once.
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Num(self.v + other.v)
a, b = Num(1), Num(2)
print((a + b).v)
Num.__add__ = lambda self, other: Num(self.v * 10 + other.v)
print((a + b).v)

# A class's namespace captured as a dict does not let the class change behind the cache.
class Counter:
    count = 0
    def bump(self):
        Counter.count += 1
        return Counter.count
c = Counter()
print([c.bump() for _ in range(5)], Counter.count)
setattr(Counter, "bump", lambda self: -1)
print(c.bump())

# Built-in methods shadowed by instance attributes in a subclass.
class MyList(list):
    pass
m = MyList([3, 1, 2])
m.append = lambda x: print("shadowed append", x)
m.append(9)
print(m)
m.sort()
print(m)
del m.append
m.append(4)
print(m)
