# A suspended generator caught in a cycle is closed when the cycle is
# collected: its finally blocks run then, and never again.
import gc
import weakref

gc.disable()


def worker(name):
    me = yield "started"
    try:
        yield "holding " + name
    finally:
        print("finally of", name, "sees itself:", me is not None)


g = worker("g")
print(next(g))
print(g.send(g))  # the frame now refers to its own generator
del g
print("dropped")
gc.collect()
print("collected")


# A generator held by an object it refers back to.
class Holder:
    def __init__(self):
        self.gen = self.run()

    def run(self):
        try:
            while True:
                yield self
        finally:
            print("holder generator closed")


h = Holder()
next(h.gen)
del h
gc.collect()

# Never started: dropping it in a cycle runs nothing.
def never():
    print("body never runs")
    yield


n = never()
box = [n]
box.append(box)
del n, box
gc.collect()

# A generator expression over a list that contains the generator. Closing
# the generator (its finalizer) already breaks the cycle, so everything is
# freed by reference counting and collect() counts none of it, as CPython's.
class Items(list):
    pass


items = Items([1, 2])
ge = (x * 10 for x in items)
items.append(ge)
print(next(ge))
alive = weakref.ref(items)
del items, ge
print("count:", gc.collect(), "freed:", alive() is None)


# A chain of generators delegating with yield from, in a cycle.
def inner(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("inner closed")


def outer(log, box):
    try:
        yield from inner(log)
    finally:
        log.append("outer closed")


log = []
box = []
o = outer(log, box)
box.append(o)
next(o)
del o, box
print(log)
gc.collect()
print(log)
