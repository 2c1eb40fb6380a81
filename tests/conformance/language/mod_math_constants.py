import math
print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.nan)
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1e308))
print(math.isfinite(math.inf), math.isnan(0.0), math.isinf(-math.inf))
print(math.pi * 2 == math.tau, type(math.pi).__name__)
print(math.inf > 10 ** 300, math.nan == math.nan)
print(math.isfinite(10 ** 300), math.isinf(5))
