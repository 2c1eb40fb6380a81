# cmp_to_key: sorting with an old-style comparison function
from functools import cmp_to_key

def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(sorted(words, key=cmp_to_key(by_length_then_alpha), reverse=True))

def largest_number(nums):
    def cmp(x, y):
        return (y + x > x + y) - (y + x < x + y)
    return "".join(sorted(map(str, nums), key=cmp_to_key(cmp)))

print(largest_number([3, 30, 34, 5, 9]))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
print(min([5, 3, 8], key=cmp_to_key(lambda a, b: b - a)))
