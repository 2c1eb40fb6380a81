# Bitwise operators on ints, including negative and big ones.
a, b = 12, 10
print(a & b, a | b, a ^ b, ~a, -a)
print(1 << 0, 1 << 10, 1 << 100)
print(1024 >> 3, 7 >> 1, 1 >> 5)
print("negative:", -16 >> 2, -1 >> 10, -5 & 3, -5 | 3, -5 ^ 3, ~-1)
print("big:", (1 << 70) - 1 & 255, (1 << 70) | 1, (2 ** 80) ^ (2 ** 80 + 5), (-2 ** 70) >> 68)

def to_binary(n):
    if n == 0:
        return "0"
    digits = ""
    while n > 0:
        digits = str(n & 1) + digits
        n >>= 1
    return digits

for n in [0, 1, 5, 10, 255, 256, 1023]:
    print(n, to_binary(n))

def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count

print("bits set:", popcount(255), popcount(2 ** 64 - 1), popcount(1 << 90))
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ
flags |= EXEC
print("flags:", flags, "can write:", flags & WRITE != 0, "can exec:", flags & EXEC != 0)
flags ^= READ
print("after toggling read:", flags)
