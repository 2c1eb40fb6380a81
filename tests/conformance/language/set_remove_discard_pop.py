# Removing items: remove raises, discard does not, pop takes any item.
s = set(range(10, 20))
s.remove(15)
s.discard(15)
s.discard(99)
print(s)
popped = []
while len(s) > 5:
    popped.append(s.pop())
print(popped, s)
s.clear()
print(s)
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
t = set([1, 2])
t.remove(3)
