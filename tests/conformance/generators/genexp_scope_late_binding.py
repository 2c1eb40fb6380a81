# Names other than the first iterable are looked up when items are produced.
factor = 1
g = (x * factor for x in range(3))
factor = 100
print(list(g))

items = [1, 2]
h = (x for x in items)
items = [7, 8, 9]
print(list(h))
