import heapq
log = []
class Timer:
    def __init__(self, when, name):
        self.when = when
        self.name = name
    def __lt__(self, other):
        log.append(self.name + "<" + other.name)
        return self.when < other.when
    def __repr__(self):
        return self.name
h = []
for when, name in [(1.0, "a"), (0.5, "b"), (1.0, "c"), (0.5, "d"), (1.0, "e"), (0.2, "f"), (0.5, "g")]:
    heapq.heappush(h, Timer(when, name))
print(h)
print(log)
log.clear()
order = []
while h:
    order.append(heapq.heappop(h))
print(order)
print(len(log), log[:8])
