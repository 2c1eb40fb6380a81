# An islice written as a generator: start, stop and step.
def my_islice(iterable, start, stop, step=1):
    it = iter(iterable)
    index = 0
    nxt = start
    for item in it:
        if index >= stop:
            return
        if index == nxt:
            yield item
            nxt += step
        index += 1

def naturals():
    n = 0
    while True:
        yield n
        n += 1

print(list(my_islice(naturals(), 3, 10)))
print(list(my_islice(naturals(), 0, 20, 5)))
print(list(my_islice("abcdefg", 1, 6, 2)))
