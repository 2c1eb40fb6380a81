# deque: both ends, repr, len, truth, membership and indexing
from collections import deque

d = deque([1, 2, 3])
print(d, len(d), bool(d))
d.append(4)
d.appendleft(0)
print(d)
print("pop ->", d.pop(), "popleft ->", d.popleft())
print(d)
d.extend([10, 11])
d.extendleft("ab")
print(d)
print(d[0], d[-1], d[2])
print(3 in d, 99 in d)
d[0] = "z"
del d[1]
print(d)
print(list(d), list(reversed(d)))
empty = deque()
print(empty, len(empty), bool(empty))
print(deque("hello"))
print(deque(range(5)))
print(type(d).__name__, isinstance(d, deque))
for item in deque([3, 1, 2]):
    print("item", item)
