# Converting between int, float, str and bool.
print(int(7.9), int(-7.9), int(0.5), int(-0.5), int(3.0))
print(int("42"), int("-17"), int("0010"), int("  8  "), int("+5"))
print(int(True), int(False), int(), float(), str(), bool())
print(float(3), float("2.5"), float("-0"), float("1e3"), float(" 6.25 "))
print(float("inf"), float("-inf"), float(2 ** 100), float(10 ** 16))
print(int(1e16), int(2.5e20), int(-1e18))
print(int(1e100))
print(str(42), str(-3.75), str(1e16), str(1e-7), str(0.1 + 0.7))
print(repr(str(5)), repr(str(5.0)), repr(str(True)), repr(str([1, "a"])))
print(bool(1), bool(0.0), bool("x"), bool(-1))
print(int(str(123) + str(456)) + 1, float(str(0.1)) == 0.1)
print(ord("A"), chr(66), chr(ord("a") + 25), ord(" "), ord("\n"), repr(chr(10)))
print(list("abc"), list((1, 2)), list(range(3)), tuple("hi"), tuple([1, 2]), list())
print(3 + 2.0, 3 * 1.0, 1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == float(2 ** 53 + 1))
c = 37.5
fahrenheit = c * 9 / 5 + 32
print("celsius", c, "->", fahrenheit, "->", int(fahrenheit), "whole degrees")
digits = "2024"
total = 0
for d in digits:
    total = total * 10 + int(d)
print(total, total + 1, type(total))
