# round uses banker's rounding on the exact binary value.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(-3.14159, 1), round(1234.5678, -2), round(1250.0, -2))
print(round(5), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(7, 3), round(True), round(2.5, None), round(0.1 + 0.2, 10))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
print(round(1e300, -300), round(123.456, 50), round(-0.4), round(-0.4, 0))
prices = [19.995, 4.445, 10.005, 2.345]
for p in prices:
    print(p, round(p, 2))
round(float("inf"))
