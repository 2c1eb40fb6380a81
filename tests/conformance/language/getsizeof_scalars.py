# sys.getsizeof of scalars and immutable sequences: ints grow by 4 bytes per
# 30-bit digit, strs by their widest character, tuples by 8 bytes per item.
import sys
from sys import getsizeof

print("None", getsizeof(None), "True", getsizeof(True), "False", getsizeof(False))
print("Ellipsis", getsizeof(...), "NotImplemented", getsizeof(NotImplemented))

for n in [0, 1, -1, 255, 2**30 - 1, 2**30, -2**30, 2**60 - 1, 2**60, 2**62, 2**90, 10**100, -10**100, 2**1000]:
    print("int", n.bit_length(), getsizeof(n))

for x in [0.0, 1.5, -2.25e300, float("inf")]:
    print("float", x, getsizeof(x))

for s in ["", "a", "hello", "x" * 100, "é", "café", "€", "naïve €", "😀", "a😀", "\u00ff" * 10, "\u0100" * 10]:
    print("str", len(s), getsizeof(s))

for b in [b"", b"a", b"hello world"]:
    print("bytes", len(b), getsizeof(b))

for t in [(), (1,), (1, 2), (1, 2, 3), tuple(range(10)), tuple(range(100)), ((),)]:
    print("tuple", len(t), getsizeof(t))

for r in [range(0), range(10), range(10**6), range(0, 10**30, 7)]:
    print("range", len(r), getsizeof(r))

print("slice", getsizeof(slice(1, 2)), "object", getsizeof(object()))
print("__sizeof__", (5).__sizeof__(), "abc".__sizeof__(), (1, 2).__sizeof__(), True.__sizeof__(), object().__sizeof__())
print("object.__sizeof__", object.__sizeof__(0), object.__sizeof__(10), object.__sizeof__((1, 2, 3)))
