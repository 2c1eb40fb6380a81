import math
print(math.factorial(0), math.factorial(5), math.factorial(20))
print(math.factorial(30))
print(len(str(math.factorial(500))), math.factorial(100) % 10 ** 9 == 0)
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(), math.gcd(0, 0), math.gcd(24, 36, 60))
print(math.gcd(2 ** 100, 6 ** 50), math.lcm(4, 6), math.lcm(), math.lcm(3, 0), math.lcm(-4, 6, 10))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(3, 4), math.perm(20, 10))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 6), start=10))
print(math.prod([[1, 2]], start=1), math.prod(["ab"], start=3))
for bad in [lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.comb(-1, 2),
            lambda: math.comb(5, -2), lambda: math.perm(-3), lambda: math.gcd(2.5, 5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
