import random
random.seed(3)
print(random.randbytes(5), random.randbytes(0), random.randbytes(9), random.randbytes(1), random.randbytes(13))
try:
    random.randbytes(-1)
except ValueError as e:
    print(e)
for s in [b"abc", b"", b"\xff\x00"]:
    random.seed(s)
    print(random.random())
    random.seed(s, version=1)
    print(random.random())
random.seed("abc", version=1)
print(random.random())
