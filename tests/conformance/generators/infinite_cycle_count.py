# Hand-written count() and cycle().
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

def cycle(items):
    saved = []
    for x in items:
        yield x
        saved.append(x)
    while saved:
        for x in saved:
            yield x

c = count(10, 5)
print([next(c) for _ in range(4)])
cy = cycle("ab")
print([next(cy) for _ in range(5)])
print(list(zip(count(), "xyz")))
