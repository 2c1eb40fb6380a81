# Only hashable values can be keys.
d = dict()
d[(1, 2)] = "tuple ok"
d[frozenset([1, 2])] = "frozenset ok"
d[3.0] = "float"
print(d[3], d[frozenset([2, 1])])
print(hash((1, 2)) == hash((1, 2)))
try:
    d[[1, 2]] = "list"
except TypeError as e:
    print("TypeError:", e)
try:
    d[dict()] = 1
except TypeError as e:
    print("TypeError:", e)
d[set([1])] = 2
