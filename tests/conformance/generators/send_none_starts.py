# send(None) is the same as next() for starting a generator.
def gen():
    print("started")
    received = yield "first"
    print("received", received)
    yield "second"

g = gen()
print(g.send(None))
print(g.send(42))
