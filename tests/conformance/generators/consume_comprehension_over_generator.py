# A comprehension over a generator interleaves production and consumption.
def gen():
    for i in range(3):
        print("yield", i)
        yield i

print([print("use", x) or x for x in gen()])
