# Cycles through the library's containers are collected too: deque,
# defaultdict, OrderedDict, namedtuple, functools.partial, closures, bound
# methods, properties, classes and exceptions with their tracebacks.
import collections
import functools
import gc
import weakref

gc.disable()
freed = []


class Marker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        freed.append(self.name)


def check(label):
    gc.collect()
    print(label, freed)
    freed.clear()


dq = collections.deque([Marker("deque")])
dq.append(dq)
del dq
check("deque:")

dd = collections.defaultdict(list)
dd["m"] = Marker("defaultdict")
dd["self"] = dd
del dd
check("defaultdict:")

od = collections.OrderedDict(m=Marker("OrderedDict"))
od["self"] = od
del od
check("OrderedDict:")

Pair = collections.namedtuple("Pair", "left right")
holder = [Marker("namedtuple")]
pair = Pair(holder, 1)
holder.append(pair)
del holder, pair
check("namedtuple:")


def f(*args):
    return args


m = Marker("partial")
p = functools.partial(f, m)
m.p = p
del m, p
check("partial:")


def make_closure():
    marker = Marker("closure")

    def inner():
        return marker, inner

    marker.fn = inner
    return inner


make_closure()
check("closure:")


class WithMethod:
    def __init__(self):
        self.marker = Marker("bound method")
        self.bound = self.method

    def method(self):
        pass


WithMethod()
check("bound method:")


class WithProperty:
    pass


wp = WithProperty()
wp.marker = Marker("property")
prop = property(lambda self: wp)
wp.prop = prop
del wp, prop
check("property:")


def make_class():
    class Local:
        def method(self):
            return super().method  # the __class__ cell refers to the class

    Local.marker = Marker("class")
    Local.me = Local
    return weakref.ref(Local, lambda r: print("class weakref callback"))


r = make_class()
check("class:")
print("class gone:", r() is None)


def fail():
    marker = Marker("traceback")
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e  # e.__traceback__ -> this frame -> marker


exc = fail()
exc.keep = exc
del exc
check("exception:")

ctx_chain = []
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer")
except ValueError as e:
    ctx_chain.append(e)
    e.__context__.back = e
    e.marker = Marker("exception context")
del ctx_chain
check("context:")
