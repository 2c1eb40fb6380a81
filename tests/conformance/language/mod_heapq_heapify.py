import heapq
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
data = list(range(20, 0, -1))
heapq.heapify(data)
print(data)
data = [3, 1, 2, 1, 3, 2, 1]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
big = [(i * 7919) % 3001 for i in range(3000)]
heapq.heapify(big)
print(big[:12], [heapq.heappop(big) for _ in range(5)])
empty = []
heapq.heapify(empty)
print(empty)
