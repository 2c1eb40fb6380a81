# sys.getsizeof of dicts and sets: the hash table's size, which grows in
# steps (dicts hold two thirds of their slots, sets three fifths).
import sys
from sys import getsizeof

print("empty", getsizeof({}), getsizeof(dict()), getsizeof(set()), getsizeof(frozenset()))

d = {}
last = None
for i in range(100):
    size = getsizeof(d)
    if size != last:
        print("dict int keys", len(d), size)
        last = size
    d[i] = i

d = {}
last = None
for i in range(50):
    size = getsizeof(d)
    if size != last:
        print("dict str keys", len(d), size)
        last = size
    d["key%d" % i] = i

s = set()
last = None
for i in range(200):
    size = getsizeof(s)
    if size != last:
        print("set", len(s), size)
        last = size
    s.add(i)

a, b, c, e, f, g = "abcdef"
print("literals", getsizeof({"x": 1}), getsizeof({1: 1}), getsizeof({a: 1, b: 2, c: 3, e: 4, f: 5}),
      getsizeof({a: 1, b: 2, c: 3, e: 4, f: 5, g: 6}), getsizeof({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}))
big = {"k0": 0, "k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8, "k9": 9, "k10": 10,
       "k11": 11, "k12": 12, "k13": 13, "k14": 14, "k15": 15, "k16": 16, "k17": 17, "k18": 18, "k19": 19,
       "k20": 20, "k21": 21}
print("22 keys", getsizeof(big))

for n in [0, 1, 5, 6, 10, 11, 21, 22, 100, 1000]:
    print(n, "dict comp", getsizeof({i: i for i in range(n)}), "str keys", getsizeof({str(i): i for i in range(n)}),
          "fromkeys", getsizeof(dict.fromkeys(range(n))), "zip", getsizeof(dict(zip(range(n), range(n)))),
          "set", getsizeof(set(range(n))), "set comp", getsizeof({i for i in range(n)}),
          "frozenset", getsizeof(frozenset(range(n))))

full = {i: i for i in range(20)}
print("copies", getsizeof(full.copy()), getsizeof(dict(full)), getsizeof({**full}))
for i in range(15):
    del full[i]
print("after del", getsizeof(full), getsizeof(full.copy()), getsizeof(dict(full)), getsizeof({**full}))
full.clear()
print("cleared", getsizeof(full))

mixed = {"a": 1}
mixed[1] = 2
print("str then int key", getsizeof(mixed))
merged = {"x": 1}
merged.update({i: i for i in range(10)})
print("update", getsizeof(merged), getsizeof({"x": 1} | {"y": 2}))
print("kwargs", getsizeof(dict(a=1, b=2, c=3)))

print("set literals", getsizeof({1, 2, 3}), getsizeof({1, 2, 3, 4, 5}), getsizeof({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}),
      getsizeof({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}))
print("set of twenty, order", list({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 64, 65}))
print("colliding display, order", list({1, 9, 17, 25, 33, 41, 2, 10}), list({-1, -2, 7, 15, 23}), list({1, 2, 3, 9}))
print("iterated display, order", [x for x in {1, 9, 17, 25, 33}], [x for x in {3, 11, 19, 27, 35}])
for x in {1, 9, 17, 25, 33, 41, 2, 10}:
    print(x, end=" ")
print()
nums = set(range(100))
print("set ops", getsizeof(nums.copy()), getsizeof(nums | {1}), getsizeof(nums & nums), getsizeof(nums - {1}))
print("views", getsizeof({}.keys()), getsizeof({}.values()), getsizeof({}.items()))
