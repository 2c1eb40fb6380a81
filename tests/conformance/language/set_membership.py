# Fast membership tests: dedupe a list while keeping its order.
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]
seen = set()
unique = []
for x in data:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique)
print(seen)
print(len(data), len(seen))
print(4 in seen, 10 in seen)
print(set([frozenset([1, 2])]) == set([frozenset([2, 1])]))
print(set([1, 2]) in set([frozenset([1, 2])]))
