# int * int around the 32-bit, small-int (62-bit) and int64 boundaries, where
# the multiply fast paths hand over to the exact one.
import sys
vals = [0, 1, -1, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**32, 3037000499, 3037000500, 2**61 - 1, -2**61, 2**62, -2**62 - 1, 10**18, 123456789]
acc = 0
for a in vals:
    for b in vals:
        p = a * b
        acc = (acc * 1000003 + p) % (2**127 - 1)
        q = a; q *= b
        assert p == q
print(acc)
x = 1
for i in range(200):
    x = x * 3 - i
print(x % 10**20, sys.maxsize * sys.maxsize)
