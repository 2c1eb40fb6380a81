# A sieve built from set differences.
limit = 60
candidates = set(range(2, limit))
for n in range(2, 8):
    if n in candidates:
        candidates -= set(range(n * n, limit, n))
print(candidates)
print(sorted(candidates))
twins = set()
for p in candidates:
    if p + 2 in candidates:
        twins.add((p, p + 2))
print(sorted(twins))
print(len(candidates), max(candidates), min(candidates))
