# Nested defaultdicts: a tree and a two-level table
from collections import defaultdict

def tree():
    return defaultdict(tree)

root = tree()
root["animals"]["mammals"]["cat"] = "meow"
root["animals"]["birds"]["crow"] = "caw"
root["plants"]["trees"]["oak"] = "..."

def show(node, depth=0):
    for key, value in node.items():
        if isinstance(value, defaultdict):
            print("  " * depth + key)
            show(value, depth + 1)
        else:
            print("  " * depth + f"{key}: {value}")

show(root)
table = defaultdict(lambda: defaultdict(int))
for a, b in [("x", 1), ("x", 2), ("y", 1), ("x", 1)]:
    table[a][b] += 1
print({k: dict(v) for k, v in table.items()})
c = defaultdict(list, {"a": [1]})
c2 = c.copy()
c2["b"].append(2)
print(c, c2)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
