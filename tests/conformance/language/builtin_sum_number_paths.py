# sum() adds small ints and floats without calling int.__add__/float.__add__,
# as CPython keeps a C long or double; these are the edges where it must
# give exactly what the general addition gives.
class F(float):
    pass


class I(int):
    def __add__(self, other):
        return "I.__add__"

    __radd__ = __add__


print(sum(range(10)), sum([1.5, 2, 3.25]), sum([1, 2.5]), sum([True, True, 1]))
print(sum([2**61, 2**61, 2**61]), sum([-2**62, -2**62, -5]), sum([1, 2**70, 3]))
print(sum([0.1] * 10), sum([1e308, 1e308]), sum([1, 2], 0.5), sum([2.0, -2.0]))
print(repr(sum([F(1.5), 2])), type(sum([F(1.5), 2])).__name__, type(sum([1.0, F(2.0)])).__name__)
print(sum([1, I(2)]), sum([1.5, I(2)]), sum([I(1)]))
print(sum([float("inf"), -1]), sum([float("nan"), 1]) != sum([float("nan"), 1]))
print(sum(x * x for x in range(1000)), sum((x / 4 for x in range(9)), 1))
print(sum([[1], [2]], []), sum([(1,), (2,)], ()))
try:
    sum([1.0, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, None])
except TypeError as e:
    print("TypeError:", e)
