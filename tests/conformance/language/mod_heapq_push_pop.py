import heapq
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
print(out)
h = []
for word in ["pear", "apple", "fig", "banana"]:
    heapq.heappush(h, (len(word), word))
print(h, heapq.heappop(h), h)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
