# int operators on small and large operands, at the edges where the result
# stops fitting a machine word, with Python's floor rounding.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**31, -2**31, 2**60, -2**60, 2**61 - 1, -2**61, 2**62, 2**63 - 1, -2**63]
for x in vals:
    for y in [1, -1, 2, -2, 3, -3, 7, -7, 2**31, -2**61, 2**62]:
        print(x, y, x * y, x // y, x % y, divmod(x, y), x & y, x | y, x ^ y, x + y, x - y)
for x in [1, -1, 5, -5, 2**60, -2**60, 2**61 - 1]:
    for s in [0, 1, 2, 30, 61, 62, 63, 64, 100]:
        print(x, s, x << s, x >> s)
for bad in [lambda: 1 // 0, lambda: 1 % 0, lambda: 1 << -1, lambda: 1 >> -1]:
    try:
        bad()
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
t = 0
for i in range(1, 2000):
    t = (t * 31 + i) % 1000003
    t ^= i << 3
    t //= 1 + (i & 7)
print(t)
