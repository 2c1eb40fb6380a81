import itertools
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(itertools.compress(range(10), [True, False] * 2)))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))))
print(list(itertools.filterfalse(None, [0, 1, "", "a", None, [], [0]])))
seen = []
def small(x):
    seen.append(x)
    return x < 3
tw = itertools.takewhile(small, [1, 2, 3, 4, 5])
print(list(tw), seen, list(tw))
seen.clear()
dw = itertools.dropwhile(small, [1, 2, 3, 1, 2])
print(list(dw), seen)
for bad in [lambda: itertools.dropwhile(len), lambda: itertools.compress("a")]:
    try:
        bad()
    except TypeError as e:
        print(e)
