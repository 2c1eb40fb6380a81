# takewhile and dropwhile as generators over an infinite source.
def naturals():
    n = 1
    while True:
        yield n
        n += 1

def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x

def dropwhile(pred, it):
    it = iter(it)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it

print(list(takewhile(lambda x: x * x < 50, naturals())))
print(list(takewhile(lambda x: x < 10, dropwhile(lambda x: x < 5, naturals()))))
