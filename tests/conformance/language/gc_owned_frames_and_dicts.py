# A generator's frame and an instance's __dict__ are part of their owner for
# the collector until something else takes them (gi_frame, a traceback,
# obj.__dict__, vars()): cycles through them are found either way, and what
# was taken stays alive while it is held.
import gc
import sys
import weakref

# Only the collections asked for, so that the counts are the same under any
# automatic schedule (and YS_GC_STRESS).
gc.disable()

class Box:
    pass


def collected(label):
    print(label, gc.collect())


gc.collect()

# Instances in a cycle through their attributes.
a, b = Box(), Box()
a.other, b.other = b, a
probe = weakref.ref(a)
del a, b
collected("instance pair:")
print("  freed:", probe() is None)

# A generator whose frame holds the generator itself.
def holder():
    me = yield "ready"
    yield me

g = holder()
next(g)
g.send(g)
probe = weakref.ref(g)
del g
collected("generator holding itself:")
print("  freed:", probe() is None)

# The same after gi_frame was read: the frame is an object of its own now.
g = holder()
next(g)
g.send(g)
frame = g.gi_frame
print("  frame line:", frame.f_lineno)
del frame
probe = weakref.ref(g)
del g
collected("after gi_frame:")
print("  freed:", probe() is None)

# A generator that keeps the exception it caught: the traceback holds its frame.
def keeper():
    try:
        raise ValueError("kept")
    except ValueError as e:
        saved = e
    yield saved
    yield "more"

g = keeper()
exc = next(g)
tb_frame = exc.__traceback__.tb_frame
print("  traceback frame is the generator's:", tb_frame is g.gi_frame)
del exc, tb_frame
probe = weakref.ref(g)
del g
collected("generator keeping its exception:")
print("  freed:", probe() is None)

# A frame taken out of a generator outlives it, with its locals.
def counter():
    total = Box()
    total.n = 41
    yield total

g = counter()
next(g)
frame = g.gi_frame
probe = weakref.ref(g)
del g
collected("frame taken, generator dropped:")
print("  generator freed:", probe() is None, "frame's local:", frame.f_locals["total"].n)
del frame

# obj.__dict__ kept after obj is gone, then in a cycle of its own.
obj = Box()
obj.x = [1, 2]
d = obj.__dict__
probe = weakref.ref(obj)
del obj
print("dict outlives its instance:", probe() is None, d)
d["self"] = d
del d
collected("dict cycle after its instance went:")

# vars() of an instance that refers to itself.
obj = Box()
vars(obj)["me"] = obj
probe = weakref.ref(obj)
del obj
collected("instance through vars():")
print("  freed:", probe() is None)

# A coroutine and a generator suspended in each other's locals, with __del__.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


def pair():
    keep = Noisy("in generator")
    other = yield
    yield other

g1, g2 = pair(), pair()
next(g1)
next(g2)
g1.send(g2)
g2.send(g1)
del g1, g2
collected("two generators holding each other:")

# gc.get_referrers finds the instance that holds an object in an attribute.
target = Box()
holder_obj = Box()
holder_obj.attr = target
print("referrer is the instance or its dict:",
      any(r is holder_obj or r is getattr(holder_obj, "__dict__", None) for r in gc.get_referrers(target)))
print("is_tracked:", gc.is_tracked(holder_obj), gc.is_tracked(holder_obj.__dict__))
