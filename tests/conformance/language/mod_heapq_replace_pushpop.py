import heapq
h = [1, 3, 5, 7, 9]
print(heapq.heapreplace(h, 4), h)
print(heapq.heapreplace(h, 0), h)
print(heapq.heappushpop(h, -1), h)
print(heapq.heappushpop(h, 6), h)
print(heapq.heappushpop([], 3))
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heappush((1, 2), 3)
except TypeError as e:
    print("TypeError", e)
h = []
for i, name in enumerate(["e", "d", "c", "b", "a"]):
    heapq.heappush(h, (10 - i, name))
print([heapq.heappop(h) for _ in range(3)], h)
