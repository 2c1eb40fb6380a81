import itertools
import operator
print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(itertools.accumulate([1, 2, 3], initial=100)), list(itertools.accumulate([], initial=0)))
print(list(itertools.accumulate("abc")), list(itertools.accumulate([])))
print(list(itertools.accumulate([1.5, 2.5], lambda a, b: a * 10 + b)))
print(list(itertools.chain("ab", [1, 2], (3,))), list(itertools.chain()))
print(list(itertools.chain.from_iterable(["xy", "z", ""])))
print(list(itertools.chain.from_iterable([[1, [2]], [3]])))
ch = itertools.chain([1], 5)
print(next(ch))
try:
    next(ch)
except TypeError as e:
    print("TypeError", e)
print(list(ch))
