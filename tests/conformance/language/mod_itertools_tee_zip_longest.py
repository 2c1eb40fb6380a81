import itertools
a, b = itertools.tee([1, 2, 3, 4])
print(next(a), next(a), list(b), list(a))
x, y, z = itertools.tee("abc", 3)
print(list(x), list(y), list(z), itertools.tee([1], 0))
p, q = itertools.tee(iter(range(5)))
r, s = itertools.tee(p)
print(next(p), next(r), next(s), list(q), r is p)
print(type(p).__name__)
print(list(itertools.zip_longest("ABCD", "xy", fillvalue="-")))
print(list(itertools.zip_longest([1, 2], [3], [4, 5, 6])))
print(list(itertools.zip_longest()), list(itertools.zip_longest("ab")))
try:
    itertools.tee([1], -1)
except ValueError as e:
    print(e)
big1, big2 = itertools.tee(range(200))
print(sum(big1), next(big2), len(list(big2)))
