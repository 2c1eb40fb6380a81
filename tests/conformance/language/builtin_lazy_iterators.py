# map, filter and zip pull items only when asked, like CPython.
class Noisy:
    def __init__(self, label, items):
        self.label = label
        self.items = items
        self.pos = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.pos >= len(self.items):
            print("  ", self.label, "is done")
            raise StopIteration
        x = self.items[self.pos]
        self.pos += 1
        print("  ", self.label, "gives", x)
        return x

def double(x):
    return 2 * x

m = map(double, Noisy("a", [1, 2, 3]))
print("map made")
print(next(m))
print(list(m))
z = zip(Noisy("long", [1, 2, 3]), Noisy("short", [10]))
print(list(z))
z = zip(Noisy("short", [1]), Noisy("long", [10, 20]))
print(list(z))
print(any(Noisy("any", [0, 0, 5, 0])))
print(all(Noisy("all", [1, 2, 0, 3])))
e = enumerate(Noisy("e", ["x", "y"]))
print(next(e))
