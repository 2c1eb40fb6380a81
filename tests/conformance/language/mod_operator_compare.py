import operator
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne("a", "a"))
print(operator.gt([1, 2], [1]), operator.ge((1,), (2,)), operator.eq(None, None))
a = [1]
b = [1]
print(operator.is_(a, a), operator.is_(a, b), operator.is_not(a, b), operator.is_(None, None))
print(operator.contains([1, 2, 3], 2), operator.contains("hello", "ell"), operator.contains({"k": 1}, "v"))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf("abc", "c"))
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=operator.itemgetter(1), reverse=True))
try:
    operator.lt(1, "a")
except TypeError as e:
    print(e)
try:
    operator.indexOf([1, 2], 5)
except ValueError as e:
    print(e)
