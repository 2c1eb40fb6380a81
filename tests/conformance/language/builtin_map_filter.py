# map and filter with named functions.
def square(x):
    return x * x

def is_even(x):
    return x % 2 == 0

def add(a, b):
    return a + b

nums = [1, 2, 3, 4, 5, 6]
print(list(map(square, nums)))
print(list(filter(is_even, nums)))
print(list(map(add, nums, [10, 20, 30])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(map(str, nums)), list(map(repr, ["a", 1])))
print(sum(map(square, filter(is_even, nums))))
m = map(square, nums)
print(type(m).__name__, next(m), next(m), list(m))
print(type(filter(None, [])))
print(list(map(len, ["a", "bb", "ccc"])))
