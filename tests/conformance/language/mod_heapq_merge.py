import heapq
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge([7, 5, 3], [8, 4, 2], reverse=True)))
print(list(heapq.merge(["apple", "fig"], ["kiwi", "banana"], key=len)))
print(list(heapq.merge(["b", "dd"], ["aaa", "c"], key=len, reverse=True)))
print(list(heapq.merge()), list(heapq.merge([3, 1])), list(heapq.merge([], [])))
log = []
class Src:
    def __init__(self, name, items):
        self.name = name
        self.items = items
    def __iter__(self):
        return self
    def __next__(self):
        if not self.items:
            log.append(self.name + " done")
            raise StopIteration
        log.append(self.name + " gives " + str(self.items[0]))
        return self.items.pop(0)
m = heapq.merge(Src("a", [1, 4]), Src("b", [2, 3, 9]))
print(log)
print(next(m), log)
print(list(m), log)
print(list(heapq.merge([(1, "x"), (1, "a")], [(1, "b")])))
