# Calling next() inside a for loop over the same generator skips items.
def gen():
    for i in range(7):
        yield i

g = gen()
for x in g:
    print("loop", x)
    if x % 3 == 0:
        print("skipped", next(g, None))
