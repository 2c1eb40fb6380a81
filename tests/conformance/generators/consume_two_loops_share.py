# Two loops over the same generator share its position.
def gen():
    yield from range(6)

g = gen()
for x in g:
    print("first loop", x)
    if x == 2:
        break
for x in g:
    print("second loop", x)
