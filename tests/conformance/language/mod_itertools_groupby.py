import itertools
for key, group in itertools.groupby("AAAABBBCCDAABBB"):
    print(key, list(group))
data = [("a", 1), ("a", 2), ("b", 3), ("c", 4), ("c", 5)]
print([(k, [v for _, v in g]) for k, g in itertools.groupby(data, key=lambda p: p[0])])
groups = []
keys = []
for k, g in itertools.groupby(sorted("mississippi")):
    groups.append(g)
    keys.append(k)
print(keys, [list(g) for g in groups])
it = itertools.groupby([1, 1, 2, 2, 2, 3])
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
print([(k, len(list(g))) for k, g in itertools.groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
print(list(itertools.groupby([])), type(g2).__name__)
