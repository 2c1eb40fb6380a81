# __del__ runs the moment the last reference goes (reference counting), at
# most once, even when the object is resurrected; an exception in it is
# reported (on stderr) and ignored.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = Noisy("a")
b = a
del a
print("a still referenced by b")
b = None
print("after b = None")

def scope():
    n = Noisy("local")
    print("leaving scope")
scope()
print("after scope")

keep = []
class Phoenix:
    def __del__(self):
        print("phoenix del")
        keep.append(self)
p = Phoenix()
del p
print("resurrected:", len(keep))
keep.clear()
print("cleared again (no second __del__)")

class Broken:
    def __del__(self):
        raise ValueError("ignored")
x = Broken()
del x
print("still running")

class Child(Noisy):
    pass
c = Child("child")
c = 5
items = [Noisy(i) for i in range(3)]
del items[1]
items = None
print("end")
