import math
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2))
print(math.log2(1024), math.log2(3), math.log10(1000), math.log10(2))
print(math.log(10 ** 400), math.log2(2 ** 2000), math.log10(10 ** 500))
print(math.log(2 ** 1023 + 1), math.log(7 ** 600, 7))
print(math.log(0.5), math.log(math.inf), math.log(1e-300))
for args in [(0,), (-1,), (0.0,), (-math.inf,), (10, 1), (10, 0)]:
    try:
        print(math.log(*args))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    math.log10(-(10 ** 30))
except ValueError as e:
    print(e)
try:
    math.log("x")
except TypeError as e:
    print(e)
