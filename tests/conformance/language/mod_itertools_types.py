import itertools
objs = [itertools.count(), itertools.cycle([]), itertools.repeat(1), itertools.accumulate([]),
        itertools.chain(), itertools.compress([], []), itertools.dropwhile(None, []),
        itertools.takewhile(None, []), itertools.filterfalse(None, []), itertools.groupby([]),
        itertools.islice([], 1), itertools.starmap(None, []), itertools.zip_longest(),
        itertools.pairwise([]), itertools.product(), itertools.permutations([]),
        itertools.combinations([], 1), itertools.combinations_with_replacement([], 1)]
for o in objs:
    print(type(o), iter(o) is o)
print(itertools.chain.from_iterable([]).__class__.__name__)
print(itertools.islice, itertools.tee([])[0].__class__)
