# frozensets are hashable, so they can be dict keys and set members.
edges = dict()
for a, b, w in [(1, 2, 7), (2, 3, 4), (3, 1, 9), (2, 1, 8)]:
    edges[frozenset([a, b])] = w
print(len(edges))
print(edges[frozenset([1, 2])], edges[frozenset([3, 2])])
groups = set()
groups.add(frozenset([1, 2]))
groups.add(frozenset([2, 1]))
groups.add(frozenset([3]))
print(len(groups))
print(hash(frozenset()) == hash(frozenset([])))
print(frozenset([1, 2, 3]).union([4]), frozenset([5]).copy())
print(hash(frozenset([1, 2, 3])))
