import itertools
print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(itertools.starmap(lambda *a: sum(a), [[1, 2, 3], (4,), ()])))
print(list(itertools.pairwise("ABCDE")), list(itertools.pairwise([1])), list(itertools.pairwise([])))
points = [(0, 0), (3, 4), (6, 8)]
print([abs(b[0] - a[0]) + abs(b[1] - a[1]) for a, b in itertools.pairwise(points)])
sm = itertools.starmap(max, [(1, 5), 7])
print(next(sm))
try:
    next(sm)
except TypeError as e:
    print("TypeError", e)
