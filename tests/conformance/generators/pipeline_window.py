# A sliding window over a generator.
def window(iterable, n):
    buf = []
    for x in iterable:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)

print(list(window(range(6), 3)))
print([sum(w) / 2 for w in window([1, 3, 5, 7], 2)])
