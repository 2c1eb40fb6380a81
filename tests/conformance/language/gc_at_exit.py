# Cyclic garbage nobody collected is collected when the program ends: first
# what is garbage already (its finalizers run before the suspended
# generators held in globals are closed), then, once the globals are
# cleared, what they held in cycles.
import gc


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def forever():
    try:
        while True:
            yield
    finally:
        print("generator closed")


g = forever()
next(g)
a = Node("a")
b = Node("b")
a.peer, b.peer = b, a
del a, b
c = Node("c held by a global")
c.me = c
print("end of program")
