# Euclid's algorithm, iterative and recursive.
def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a

def gcd_rec(a, b):
    if b == 0:
        return a
    return gcd_rec(b, a % b)

def lcm(a, b):
    return a // gcd(a, b) * b

pairs = [(48, 18), (17, 5), (100, 75), (0, 9), (9, 0), (270, 192)]
for p in pairs:
    a = p[0]
    b = p[1]
    print("gcd(" + str(a) + ", " + str(b) + ") =", gcd(a, b), gcd_rec(a, b) == gcd(a, b))
print("lcm(4, 6) =", lcm(4, 6), "lcm(21, 6) =", lcm(21, 6))
total = 1
for k in range(1, 21):
    total = lcm(total, k)
print("lcm of 1..20 =", total)
print("big gcd:", gcd(2 ** 100, 6 ** 40), gcd(10 ** 30 + 1, 10 ** 15 + 1))

def steps(a, b):
    count = 0
    while b:
        print("  ", a, "=", a // b, "*", b, "+", a % b)
        a, b = b, a % b
        count += 1
    return count

print("steps:", steps(1071, 462))
print("coprime:", gcd(35, 64) == 1, gcd(35, 63) == 1)
