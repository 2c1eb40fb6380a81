# str.format field names with attributes and items
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(3, 4)
print("({0.x}, {0.y})".format(p))
print("({p.x}, {p.y})".format(p=p))
data = [10, 20, 30]
print("{0[0]} {0[2]} {d[1]}".format(data, d=data))
print("{0[1][0]}".format(["ab", "cd"]))
q = Point(p, "inner")
print("{0.x.y}-{0.y}".format(q))
pairs = [("a", 1), ("b", 2)]
print("{0[1][0]}={0[1][1]}".format(pairs))
print("{0[0]:>5}|{0[1]:<5}|".format(["x", "y"]))
print("{.y}".format(p))
print("{0.z}".format(p))
