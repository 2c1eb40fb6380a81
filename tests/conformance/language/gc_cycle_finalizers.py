# Cycles with __del__: reference counting cannot free them; gc.collect()
# finds them, runs each finalizer once (in the order the objects were
# made), then breaks the cycles.
import gc

gc.disable()


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        peer = self.peer.name if self.peer is not None else None
        print("del", self.name, "peer", peer)


a = Node("a")
b = Node("b")
a.peer, b.peer = b, a
del a, b
print("cycle dropped, nothing freed yet")
print("collected something:", gc.collect() > 0)
print("again:", gc.collect())

# A longer ring, dropped through its first member only.
ring = [Node("r%d" % i) for i in range(4)]
for i in range(4):
    ring[i].peer = ring[(i + 1) % 4]
first = ring[0]
del ring
print("ring still held")
gc.collect()
print("release the ring")
del first
gc.collect()

# Self-references through containers.
lst = [Node("in-list")]
lst.append(lst)
d = {"node": Node("in-dict")}
d["self"] = d
s = Node("self-attr")
s.me = s
del lst, d, s
gc.collect()


# A finalizer that breaks its cycle itself: the peer is freed at that moment.
class Breaker(Node):
    def __del__(self):
        print("breaker start")
        self.peer = None
        print("breaker end")


x = Breaker("x")
y = Node("y")
x.peer, y.peer = y, x
del x, y
gc.collect()
print("end")
