# Python ints never overflow: factorials and powers grow as needed.
def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result

for n in [0, 1, 5, 10, 20, 21, 25, 30, 50]:
    print(n, "! =", factorial(n))

p = 2 ** 100
print("2**100 =", p)
print("2**100 - 1 =", p - 1)
print("-2**100 =", -p)
print("2**64 * 2**64 == 2**128:", 2 ** 64 * 2 ** 64 == 2 ** 128)
print("digits in 2**1000:", len(str(2 ** 1000)))
print("100! has", len(str(factorial(100))), "digits")
q = factorial(30) // factorial(28)
print("30!/28! =", q, "=", 30 * 29)
print("10**30 // 7 =", 10 ** 30 // 7, "remainder", 10 ** 30 % 7)
print("-10**20 // 3 =", -10 ** 20 // 3, "-10**20 % 3 =", -10 ** 20 % 3)
print("big compare:", 2 ** 100 > 10 ** 30, 2 ** 100 < 10 ** 31, 2 ** 100 == 1267650600228229401496703205376)
print("big and float:", 2 ** 100 + 0.5, 2 ** 100 > 1e30)
print("big true division:", 10 ** 20 / 4, factorial(25) / factorial(24))
m = 1
count = 0
while m < 10 ** 40:
    m *= 1000
    count += 1
print("after", count, "multiplications by 1000:", m)
