# any() and all() stop at the first decisive item.
def gen(values):
    for v in values:
        print("checking", v)
        yield v

print(any(gen([0, 0, 1, 0])))
print(all(gen([1, 1, 0, 1])))
g = gen([0, 5, 0, 7])
print(any(g), list(g))
