import itertools
print(list(itertools.product("ab", [0, 1])))
print(list(itertools.product(range(2), repeat=3)))
print(list(itertools.product()), list(itertools.product("ab", [])), list(itertools.product("x", repeat=0)))
print(list(itertools.permutations("abc")))
print(list(itertools.permutations(range(4), 2)))
print(list(itertools.permutations([1, 2], 3)), list(itertools.permutations([], 0)))
print(list(itertools.combinations("ABCD", 2)))
print(list(itertools.combinations(range(5), 3)), list(itertools.combinations("ab", 0)))
print(list(itertools.combinations_with_replacement("ABC", 2)))
print(list(itertools.combinations_with_replacement([], 2)), list(itertools.combinations_with_replacement([], 0)))
print(len(list(itertools.permutations(range(6)))), len(list(itertools.combinations(range(10), 4))))
for bad in [lambda: itertools.product([1], repeat=-1), lambda: itertools.permutations([1], -1),
            lambda: itertools.combinations([1]), lambda: itertools.permutations("ab", "x")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
