# Dicts remember insertion order, even across deletions and re-insertions.
d = dict()
for k in [5, 3, 9, 1, 7]:
    d[k] = k * k
print(list(d), list(d.values()))
del d[9]
d[9] = 0
d[3] = 333
print(d)
for key in d:
    print(key, end=" ")
print()
print(list(reversed(d)))
print(list(reversed(d.items())))
print(d.keys(), d.values(), d.items())
