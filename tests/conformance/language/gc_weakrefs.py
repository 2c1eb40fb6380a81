# Weak references to cyclic garbage go dead when it is collected: all of
# them before any callback runs, the callbacks before the finalizers, and a
# weak reference that is garbage itself never calls back.
import gc
import weakref

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name


class Final(Obj):
    def __del__(self):
        print("del", self.name, "refs dead:", ra() is None, rb() is None)


a = Final("a")
b = Obj("b")
a.b, b.a = b, a
ra = weakref.ref(a, lambda r: print("callback a, b dead:", rb() is None))
rb = weakref.ref(b, lambda r: print("callback b, a dead:", ra() is None))
del a, b
print("alive before collect:", ra() is not None, rb() is not None)
gc.collect()
print("after:", ra(), rb())

# Several callbacks on one object run newest first.
c = Obj("c")
c.me = c
r1 = weakref.ref(c, lambda r: print("first callback"))
r2 = weakref.ref(c, lambda r: print("second callback"))
del c
gc.collect()

# The weak reference lives inside the cycle: its callback is never called.
d = Obj("d")
e = Obj("e")
d.e, e.d = e, d
d.ref_to_e = weakref.ref(e, lambda r: print("never printed"))
del d, e
gc.collect()
print("inner weakref: no callback")

# WeakValueDictionary and WeakSet lose collected members.
wvd = weakref.WeakValueDictionary()
ws = weakref.WeakSet()
for name in ("x", "y"):
    o = Obj(name)
    o.me = o
    wvd[name] = o
    ws.add(o)
del o
print("before:", sorted(wvd), len(ws))
gc.collect()
print("after:", sorted(wvd), len(ws))

# weakref.finalize on a cycle member runs when the cycle is collected.
f = Obj("f")
f.me = f
fin = weakref.finalize(f, print, "finalize ran for", "f")
del f
print("alive:", fin.alive)
gc.collect()
print("alive:", fin.alive)
