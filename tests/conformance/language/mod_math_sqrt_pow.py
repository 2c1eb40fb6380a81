import math
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25), math.sqrt(-0.0))
print(math.isqrt(17), math.isqrt(0), math.isqrt(10 ** 40), math.isqrt(2 ** 127 - 1))
print(math.pow(2, 10), math.pow(2.5, -2), math.pow(-8, 3), math.pow(0, 0))
print(math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(1, math.nan), math.pow(0.5, math.inf))
print(math.exp(1), math.exp(-1000), math.exp(0.5), math.expm1(1e-10))
print(math.exp2(10), math.cbrt(8), math.log1p(1e-12))
for bad in [lambda: math.sqrt(-1), lambda: math.pow(0, -1), lambda: math.pow(-2, 0.5),
            lambda: math.exp(1000), lambda: math.pow(10, 400), lambda: math.isqrt(-4)]:
    try:
        print(bad())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    math.sqrt(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print(math.sqrt(True), math.sqrt(10 ** 300))
