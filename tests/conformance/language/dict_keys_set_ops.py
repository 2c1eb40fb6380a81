# Keys views behave like sets.
a = dict(x=1, y=2, z=3)
b = dict(y=20, z=30, w=40)
print(sorted(a.keys() & b.keys()))
print(sorted(a.keys() | b.keys()))
print(sorted(a.keys() - b.keys()))
print(sorted(a.keys() ^ b.keys()))
print(a.keys() == set(["x", "y", "z"]))
print(a.keys() <= set(["x", "y", "z", "q"]))
n = dict()
for i in range(10):
    n[i] = i
print(n.keys() - set([1, 2, 3]))
print(n.keys() & set([8, 2, 30]))
