# weakref: ref and callbacks, WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize.
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"


a = Node("a")
r1 = weakref.ref(a, lambda r: print("callback 1, dead:", r() is None))
r2 = weakref.ref(a, lambda r: print("callback 2"))
r3 = weakref.ref(a)
print(r3() is a, r3 is weakref.ref(a), r1 is r2, weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print(type(r3).__name__, r3 == weakref.ref(a), hash(r3) == hash(a), r1.__callback__ is not None)
del a
print("after del", r1(), r3(), r1 == r3)
for bad in (1, "s", [], {}, (1,)):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)


def f():
    pass


print(weakref.ref(f)() is f, weakref.ref(Node)() is Node)

cache = weakref.WeakValueDictionary()
x, y = Node("x"), Node("y")
cache["x"] = x
cache["y"] = y
print(sorted(cache.keys()), cache["x"], "y" in cache, len(cache))
del x
print(sorted(cache.keys()), "x" in cache, cache.get("x", "gone"), len(cache))
try:
    cache["x"]
except KeyError as e:
    print("KeyError", e)

meta = weakref.WeakKeyDictionary()
k1, k2 = Node("k1"), Node("k2")
meta[k1] = 1
meta[k2] = 2
print(len(meta), meta[k1], k2 in meta)
del k1
print(len(meta), [k.name for k in meta.keys()], list(meta.values()))

members = weakref.WeakSet()
m1, m2 = Node("m1"), Node("m2")
members.add(m1)
members.add(m2)
members.add(m1)
print(len(members), m1 in members)
del m2
print(len(members), [m.name for m in members])


def cleanup(name):
    print("cleanup", name)


obj = Node("o")
fin = weakref.finalize(obj, cleanup, "o")
print(fin.alive, fin.peek()[2])
del obj
print(fin.alive)
obj2 = Node("o2")
fin2 = weakref.finalize(obj2, cleanup, "o2")
fin2()
fin2()
print(fin2.alive)
del obj2

p = weakref.proxy(Node("tmp"))
try:
    p.name
except ReferenceError as e:
    print("ReferenceError", e)
live = Node("live")
p2 = weakref.proxy(live)
print(p2.name, p2 == live)


class Owner:
    def method(self):
        return "called"


o = Owner()
wm = weakref.WeakMethod(o.method)
print(wm()())
del o
print(wm())


def broken(r):
    raise ValueError("boom")


z = Node("z")
rz = weakref.ref(z, broken)
del z
print("still running", rz())
