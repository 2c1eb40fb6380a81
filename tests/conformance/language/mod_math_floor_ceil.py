import math
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1))
print(math.trunc(2.9), math.trunc(-2.9), math.floor(5), math.ceil(True))
print(math.floor(1e20), math.ceil(-1e25), math.trunc(1.5e30))
print(type(math.floor(3.0)).__name__, math.floor(-0.0), math.ceil(-0.5))
class Price:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
    def __trunc__(self):
        return 42
p = Price()
print(math.floor(p), math.ceil(p), math.trunc(p))
for f in (math.floor, math.ceil):
    for x in (math.inf, math.nan):
        try:
            f(x)
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
try:
    math.trunc("3")
except TypeError as e:
    print(e)
print(math.floor(2 ** 70), math.fabs(-3), math.fabs(2.5))
