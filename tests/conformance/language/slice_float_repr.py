# repr of floats: the shortest string that reads back as the same float.
print(0.1 + 0.2)
print(0.1 * 3, 1.1 * 1.1)
print(1 / 3, 2 / 3, 10 / 4)
print(1e15, 1e16, 1e22, 123456789012345678.0)
print(0.0001, 0.00001, 2.5e-7, 5e-324)
print(1.7976931348623157e308, 1e308 * 10, -1e308 * 10)
print(-0.0, 0.0, -0.0 == 0.0, 0.0 * -1)
print(float('inf'), float('-inf'), -float('inf'))
inf = float('inf')
nan = inf - inf
print(nan, nan == nan, nan != nan, inf > 10 ** 300)
print(100.0, 3.0 * 2, 7.0 / 2, 2.0 ** 53, 2.0 ** 53 + 1)
print(repr(0.1), str(0.5), repr(1e100), str(-1.5e-10))
print([0.1, 0.25, 1e16, -0.0, 1 / 3])
print((1.0, 2.5))
total = 0.0
for i in range(10):
    total += 0.1
print("ten times 0.1:", total, total == 1.0)
