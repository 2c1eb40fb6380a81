import random
for s in ["hello", "", "yieldscope", "héllo ✓", 3.5, -2.25, 1e100, 0.0]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(0, 9))
random.seed("abc", version=1)
print(random.random())
random.seed("abc", version=2)
print(random.random())
try:
    random.seed([1, 2])
except TypeError as e:
    print(e)
