# A lambda containing yield is a generator function.
f = lambda: (yield 1)
g = f()
print(type(g).__name__, g.__name__)
print(next(g))
try:
    g.send("sent")
except StopIteration as e:
    print("returned", repr(e.value))
h = (lambda x: (yield x * 2))(21)
print(list(h))
