# PEP 442: a finalizer may store its object somewhere; the collector then
# leaves it (and what it reaches) alive, and never runs __del__ on it again.
import gc

gc.disable()
saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)
        saved.append(self)


p = Phoenix("p")
q = Phoenix("q")
p.other, q.other = q, p
del p, q
gc.collect()
print("saved", [o.name for o in saved])
print("finalized", [gc.is_finalized(o) for o in saved])
print("cycle intact", saved[0].other is saved[1], saved[1].other is saved[0])
saved.clear()
gc.collect()
print("no second __del__")


# Resurrecting only one member keeps its peers too.
class Keeper:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("keeper del", self.name)
        if self.name == "k1":
            saved.append(self)


k1 = Keeper("k1")
k2 = Keeper("k2")
k1.other, k2.other = k2, k1
del k1, k2
gc.collect()
print("kept", saved[0].name, saved[0].other.name)
print("k2 finalized too", gc.is_finalized(saved[0].other))
saved.clear()
gc.collect()
print("end")
