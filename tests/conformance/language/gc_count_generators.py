# A generator is one allocation of the collector's, its frame inside it (in
# CPython 3.11 the frame lives in the generator): making 1,000 of them adds
# about 1,000 to gc.get_count()[0], and a call's frame adds nothing.
import gc


def gen():
    yield 1


def plain(n):
    return n + 1


gc.disable()
gc.collect()
before = gc.get_count()[0]
gens = [gen() for _ in range(1000)]
after = gc.get_count()[0]
print("1000 generators:", round((after - before) / 100) * 100)

before = gc.get_count()[0]
total = 0
for i in range(1000):
    total += plain(i)
after = gc.get_count()[0]
print("1000 calls:", round((after - before) / 100) * 100, total)

before = gc.get_count()[0]
for g in gens:
    next(g)
after = gc.get_count()[0]
print("1000 resumes:", round((after - before) / 100) * 100)

del gens, g
after_free = gc.get_count()[0]
print("freed:", round((after - after_free) / 100) * 100)
gc.enable()
