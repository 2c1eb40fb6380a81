import heapq
tasks = []
counter = 0
def schedule(priority, name):
    global counter
    heapq.heappush(tasks, (priority, counter, name))
    counter += 1
for p, n in [(3, "write"), (1, "read"), (2, "parse"), (1, "open"), (5, "close"), (2, "check")]:
    schedule(p, n)
done = []
while tasks:
    p, _, n = heapq.heappop(tasks)
    done.append(n)
    if n == "read":
        schedule(0, "urgent")
print(done)
merged = []
for seq in ([1, 4, 9], [2, 3, 10], [5, 6]):
    for x in seq:
        heapq.heappush(merged, x)
print([heapq.heappop(merged) for _ in range(len(merged))])
