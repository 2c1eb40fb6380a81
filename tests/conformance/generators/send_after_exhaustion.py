# send/next on a finished generator raise StopIteration without a value.
def gen():
    yield 1
    return "result"

g = gen()
next(g)
try:
    g.send(None)
except StopIteration as e:
    print("first stop:", e.value)
for attempt in range(2):
    try:
        g.send(None)
    except StopIteration as e:
        print("again:", e.value, e.args)
