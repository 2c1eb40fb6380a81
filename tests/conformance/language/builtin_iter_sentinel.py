# iter(callable, sentinel) calls until the sentinel comes back.
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n

c = Counter()
print(list(iter(c, 5)))
print(c.n)
queue = [3, 7, 0, 9]
def take():
    return queue.pop(0)
for x in iter(take, 0):
    print("got", x)
print(queue)
it = iter(Counter(), 3)
print(type(it).__name__, next(it), next(it), next(it, "done"))
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
