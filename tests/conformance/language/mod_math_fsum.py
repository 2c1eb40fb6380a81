import math
values = [0.1] * 10
print(sum(values), math.fsum(values))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), sum([1e-16, 1, 1e16]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(10)))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1.0]))
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print(e)
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print(e)
print(math.hypot(3, 4), math.hypot(1, 1), math.hypot(), math.hypot(-5))
print(math.hypot(1, 2, 3), math.hypot(1e200, 1e200), math.hypot(0.1, 0.2, 0.3))
print(math.hypot(math.inf, math.nan), math.hypot(1e-320, 1e-320))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print(e)
