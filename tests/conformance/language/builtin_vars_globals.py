# vars() and globals() expose namespaces as dicts.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(vars(p))
vars(p)["z"] = 3
print(p.z, sorted(vars(p)))
counter = 10
g = globals()
print(g["counter"], "Point" in g)
g["counter"] = 11
print(counter)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
