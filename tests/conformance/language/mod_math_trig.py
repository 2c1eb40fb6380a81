import math
print(math.sin(0), math.sin(math.pi / 6), math.cos(math.pi), math.tan(math.pi / 4))
print(math.asin(1), math.acos(0.5), math.atan(1), math.atan2(1, -1))
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.atan(math.inf))
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5))
print(math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.erf(0.5), math.erfc(0.5))
for f, x in [(math.asin, 2), (math.acos, -1.5), (math.sin, math.inf), (math.atanh, 1), (math.cosh, 1000)]:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
angles = [math.radians(d) for d in range(0, 360, 45)]
print([round(math.cos(a), 6) for a in angles])
