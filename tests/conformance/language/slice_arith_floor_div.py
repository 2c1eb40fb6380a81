# Floor division and modulo round toward negative infinity, not toward zero.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, -3)]
for p in pairs:
    a = p[0]
    b = p[1]
    q = a // b
    r = a % b
    print(a, "//", b, "=", q, " ", a, "%", b, "=", r, " check:", q * b + r == a)

print("true division:", 7 / 2, -7 / 2, 6 / 3)
print("float floor:", 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print("mixed:", 7 // 2.0, -1 % 3.0, 10 % -3.0)
print("powers:", 2 ** 10, 2 ** -2, (-3) ** 3, -2 ** 2, 2 ** 3 ** 2, 0 ** 0)
print("float power:", 2.0 ** 0.5, 9 ** 0.5, 10.0 ** -3)
print("unary:", -5, +5, -(-5), -3.5, +2.25, ~0, ~7, ~-8)
print("precedence:", 2 + 3 * 4, (2 + 3) * 4, 10 - 4 - 3, 2 * 3 % 4, -7 // 2 * 2)
big = 10 ** 25
print("big floor:", -big // 7, -big % 7, big // -7, big % -7)
