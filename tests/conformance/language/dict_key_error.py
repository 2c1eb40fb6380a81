# Missing keys raise KeyError carrying the key itself.
ages = dict(ann=31, bob=27)
try:
    ages["cid"]
except KeyError as e:
    print("missing:", e, e.args)
try:
    ages.pop("dan")
except KeyError as e:
    print("pop:", repr(e))
empty = dict()
try:
    empty.popitem()
except KeyError as e:
    print("popitem:", e)
grid = dict()
grid[(0, 0)] = "start"
print(grid[(0, 0)])
grid[(1, 2)]
