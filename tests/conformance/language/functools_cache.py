# functools.cache: memoising recursive counting problems
from functools import cache

@cache
def ways(n):
    """Number of ways to climb n stairs taking 1 or 2 steps."""
    if n <= 1:
        return 1
    return ways(n - 1) + ways(n - 2)

print([ways(n) for n in range(10)])
print(ways(80))
print(ways.cache_info())

@cache
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)

print(grid_paths(10, 10), grid_paths.cache_info().currsize)
