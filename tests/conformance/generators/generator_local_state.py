# Locals survive between resumptions.
def running_total():
    total = 0
    count = 0
    while True:
        value = yield total
        total += value
        count += 1
        print("count", count)

g = running_total()
next(g)
for v in [5, 10, 20]:
    print("total", g.send(v))
