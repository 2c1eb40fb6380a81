# enumerate and zip pair things up lazily.
names = ["ann", "bob", "cid"]
scores = [90, 72, 85, 60]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, start=1):
    print(i, name)
print(list(enumerate("ab", 10)))
print(list(zip(names, scores)))
print(list(zip(names, scores, "xyz")))
print(list(zip()))
pairs = zip(names, scores)
print(next(pairs), next(pairs))
print(list(pairs))
print(type(enumerate([])).__name__, type(zip()).__name__)
try:
    list(zip(names, scores, strict=True))
except ValueError as e:
    print("ValueError:", e)
