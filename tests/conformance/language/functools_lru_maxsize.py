# A small lru_cache: which entries survive, hits and misses
from functools import lru_cache

@lru_cache(maxsize=2)
def square(x):
    print("  computing", x)
    return x * x

for x in [1, 2, 1, 3, 2, 1, 1]:
    print(x, "->", square(x))
print(square.cache_info())

@lru_cache(maxsize=None)
def add(a, b=0):
    print("  adding", a, b)
    return a + b

print(add(1, 2), add(1, 2), add(1, b=2), add(a=1, b=2))
print(add.cache_info())

@lru_cache
def shout(s):
    return s.upper()

print(shout("hi"), shout("hi"), shout.cache_info())
nocache = lru_cache(maxsize=0)(len)
print(nocache("abc"), nocache("abc"), nocache.cache_info())
