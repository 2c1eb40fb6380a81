# deque: comparisons, + and *, mutation during iteration
from collections import deque

a = deque([1, 2, 3])
b = deque([1, 2, 4])
print(a == deque([1, 2, 3]), a != b, a < b, a >= b)
print(a == [1, 2, 3])
print(a + b)
print(a * 2, 2 * deque("ab"))
a += [9, 8]
print(a)
a *= 2
print(a, len(a))
d = deque([1, 2, 3])
try:
    for x in d:
        if x == 2:
            d.append(4)
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
nested = deque([1])
nested.append(nested)
print(nested)
