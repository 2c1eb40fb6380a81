# copy.copy and copy.deepcopy of containers, instances and custom hooks.
import copy


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


data = {"points": [Point(1, 2), Point(3, 4)], "name": "shape", "tags": {"a"}, "t": (1, [2])}
shallow = copy.copy(data)
deep = copy.deepcopy(data)
data["points"][0].x = 99
data["t"][1].append(3)
print(shallow["points"][0], deep["points"][0], shallow["t"], deep["t"])
print(shallow is data, shallow["points"] is data["points"], deep["points"] is data["points"])
lst = [1, [2, 3]]
lst.append(lst)
dl = copy.deepcopy(lst)
print(dl[2] is dl, dl[1] is not lst[1], dl[:2])


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return Custom(self.v + 1)

    def __deepcopy__(self, memo):
        return Custom(self.v + 100)


print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v, copy.deepcopy([Custom(5)])[0].v)
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.copy(5), copy.deepcopy("s"))
shared = [1]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is not shared)
p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
p.y.append(3)
print(q, r, type(r).__name__)
