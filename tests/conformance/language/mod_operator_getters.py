import operator
get1 = operator.itemgetter(1)
get_multi = operator.itemgetter(0, -1)
print(get1([10, 20, 30]), get1("xyz"), get_multi("python"), get1({1: "one"}))
print(get1, get_multi, operator.itemgetter("a"))
print(type(get1), type(get1).__name__)
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Box:
    def __init__(self):
        self.corner = Point(3, 4)
        self.name = "box"
gx = operator.attrgetter("x")
gxy = operator.attrgetter("x", "y")
deep = operator.attrgetter("corner.y", "name")
print(gx(Point(1, 2)), gxy(Point(5, 6)), deep(Box()))
print(gx, deep, operator.attrgetter("corner.x"))
points = [Point(3, 1), Point(1, 2), Point(2, 0)]
print([p.x for p in sorted(points, key=gx)], [p.y for p in sorted(points, key=operator.attrgetter("y"))])
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.getitem(d, "b"), operator.getitem([1, 2, 3], slice(1, None)))
try:
    gx(5)
except AttributeError as e:
    print(e)
try:
    operator.itemgetter(5)([1])
except IndexError as e:
    print(e)
