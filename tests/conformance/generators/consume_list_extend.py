# list.extend and the list constructor iterate a generator to the end.
def gen(n):
    for i in range(n):
        yield i * i

xs = [99]
xs.extend(gen(4))
print(xs)
print(list(gen(0)))
print(tuple(gen(3)))
print("-".join(str(x) for x in gen(5)))
