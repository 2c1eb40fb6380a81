# functools.reduce: folding a sequence into one value
from functools import reduce
import operator

nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(reduce(lambda a, b: a + b, nums))
print(reduce(operator.mul, range(1, 8)))
print(reduce(lambda a, b: a if a > b else b, nums))
print(reduce(lambda acc, ch: ch + acc, "stressed", ""))
print(reduce(operator.add, [], 0), reduce(operator.add, [7]))
print(reduce(lambda acc, w: acc + [len(w)], ["a", "bb", "ccc"], []))
steps = []
def trace(a, b):
    steps.append(f"({a}+{b})")
    return a + b
reduce(trace, [1, 2, 3, 4])
print(" ".join(steps))
reduce(operator.add, [])
