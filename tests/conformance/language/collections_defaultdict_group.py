# defaultdict: grouping and counting without KeyError
from collections import defaultdict

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
groups = defaultdict(list)
for w in words:
    groups[w[0]].append(w)
print(groups)
print(dict(groups))
print(groups["z"], len(groups))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
print(counts.default_factory, groups.default_factory)
print(isinstance(counts, dict), type(counts).__name__)
seen = defaultdict(set)
seen["a"].add(1)
seen["a"].add(1)
print(len(seen["a"]), seen.get("b"), "b" in seen)
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
print(plain)
