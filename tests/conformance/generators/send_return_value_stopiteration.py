# When a send makes the generator return, send raises StopIteration carrying the value.
def accumulate():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x

g = accumulate()
next(g)
g.send(1)
g.send(2)
g.send(3)
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
