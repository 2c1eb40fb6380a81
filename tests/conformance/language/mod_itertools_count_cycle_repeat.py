import itertools
c = itertools.count(5)
print(next(c), next(c), c)
c2 = itertools.count(1, 0.5)
print([next(c2) for _ in range(4)], c2)
print(itertools.count(), itertools.count(3, -1), itertools.count(1.0), itertools.count(step=2))
cy = itertools.cycle("ab")
print([next(cy) for _ in range(5)])
print(list(itertools.repeat("x", 3)), list(itertools.repeat(7, -2)))
r = itertools.repeat("a", 3)
print(r, next(r), r)
print(itertools.repeat([1], 0), itertools.repeat(None))
print(list(zip(itertools.count(10, 10), "abc")))
print(list(map(pow, range(5), itertools.repeat(2))))
for bad in [lambda: itertools.count("a"), lambda: itertools.cycle(), lambda: itertools.repeat()]:
    try:
        bad()
    except TypeError as e:
        print(e)
