import math
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1, 1.05, rel_tol=0.1))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(1, math.nan))
print(math.modf(3.75), math.modf(-2.5), math.modf(math.inf), math.modf(4))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, math.inf))
print(math.frexp(8), math.frexp(0.1), math.frexp(0), math.frexp(-3.5))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(3, 10 ** 30 * 0), math.ldexp(1, -2000))
print(math.remainder(10, 3), math.remainder(11, 2), math.ulp(1.0), math.nextafter(1, 2))
for bad in [lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.fmod(1, 0), lambda: math.ldexp(1, 5000),
            lambda: math.ldexp(1.0, 2.0), lambda: math.isclose(1, 2, 3)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
