# OrderedDict: move_to_end, popitem(last=...) and order-aware equality
from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od)
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od.items()))
print(od.popitem(), od.popitem(last=False))
print(od, len(od))
print(OrderedDict(), OrderedDict([("x", 1), ("y", 2)]))
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x == dict(y), dict(x) == dict(y), x != y)
print(isinstance(x, dict), type(x).__name__)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    x.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)
print(x.keys(), list(x.values()))
