# deque(maxlen=n): a bounded queue drops items from the opposite end
from collections import deque

recent = deque(maxlen=3)
for n in range(1, 7):
    recent.append(n)
    print(n, recent)
print("maxlen:", recent.maxlen, deque().maxlen)
recent.appendleft(0)
print(recent)
recent.extend([7, 8])
print(recent)
recent.extendleft([-1, -2])
print(recent)

def tail(lines, n):
    return list(deque(lines, maxlen=n))

text = ["line %d" % i for i in range(10)]
print(tail(text, 2))
print(deque(maxlen=0), deque([1, 2, 3], maxlen=0))
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 5)
except IndexError as e:
    print("IndexError:", e)
try:
    deque([], maxlen=-1)
except ValueError as e:
    print("ValueError:", e)
