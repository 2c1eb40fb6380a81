# sys.getsizeof of collections: a deque counts the 64-slot blocks its items
# span (which depends on where it started filling), defaultdict and Counter
# count as dicts.
import sys
from collections import Counter, OrderedDict, defaultdict, deque
from functools import partial
from sys import getsizeof

print("empty deque", getsizeof(deque()))
for n in [1, 31, 32, 33, 63, 64, 65, 1000]:
    print("deque(range(%d))" % n, getsizeof(deque(range(n))))

queue = deque()
last = None
for i in range(200):
    size = getsizeof(queue)
    if size != last:
        print("append", len(queue), size)
        last = size
    queue.append(i)

stack = deque()
sizes = []
for i in range(150):
    stack.appendleft(i)
    sizes.append(getsizeof(stack))
print("appendleft sizes", sorted(set(sizes)))
for i in range(100):
    stack.popleft()
print("after popleft", getsizeof(stack))
for i in range(45):
    stack.pop()
print("after pop", getsizeof(stack))
stack.rotate(3)
stack.rotate(-7)
print("rotated", getsizeof(stack))
stack.insert(2, "x")
stack.insert(-1, "y")
del stack[1]
stack.remove("x")
print("insert and delete", getsizeof(stack), list(stack))
while stack:
    stack.pop()
print("emptied", getsizeof(stack))

window = deque(maxlen=3)
for i in range(100):
    window.append(i)
print("bounded", getsizeof(window), list(window))
big = deque(range(100))
print("copy", getsizeof(big.copy()), "concat", getsizeof(big + deque([1])), "cleared", getsizeof(deque(range(5)).copy()))
left = deque()
left.extendleft(range(10))
print("extendleft", getsizeof(left))

print("defaultdict", getsizeof(defaultdict(list)), "Counter", getsizeof(Counter()), getsizeof(Counter("mississippi")))
print("OrderedDict", getsizeof(OrderedDict()), "partial", getsizeof(partial(print, 1)))
