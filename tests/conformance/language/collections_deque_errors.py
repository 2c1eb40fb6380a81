# deque errors: empty pops, missing items, bad indexes
from collections import deque

d = deque()
for op in ("pop", "popleft"):
    try:
        getattr(d, op)()
    except IndexError as e:
        print(op, "->", e)
d = deque([1, 2, 3])
try:
    d.remove(7)
except ValueError as e:
    print("remove ->", e)
try:
    d.index("a")
except ValueError as e:
    print("index ->", e)
try:
    d[5]
except IndexError as e:
    print("d[5] ->", e)
while d:
    print("popped", d.popleft())
d.pop()
