# With automatic collection off nothing is collected before the globals are
# cleared at exit; the collection that follows runs all the same, so every
# finalizer of cyclic garbage still runs, after the generators are closed.
import gc

gc.disable()


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
