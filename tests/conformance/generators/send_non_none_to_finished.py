# A finished generator accepts any sent value and just raises StopIteration.
def gen():
    return
    yield

g = gen()
try:
    next(g)
except StopIteration:
    print("finished")
try:
    g.send("anything")
except StopIteration as e:
    print("StopIteration", e.args)
