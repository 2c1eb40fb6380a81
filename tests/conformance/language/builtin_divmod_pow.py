# divmod and pow, including negative numbers, floats and modular powers.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 3))
print(pow(2, 10), pow(2, -2), pow(2.0, 0.5), pow(-8, 3))
print(pow(3, 4, 5), pow(3, 200, 7), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(38, -1, 97), pow(2, -3, 11), pow(7, 0, 1))
print(pow(base=2, exp=5), pow(10, 2, mod=7))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.5, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(4, -1, 8)
except ValueError as e:
    print("ValueError:", e)
pow(2.0, 3, 5)
