# asend() and athrow() on an async generator, driven by hand.
async def agen():
    received = None
    while True:
        try:
            received = yield received
        except KeyError:
            received = "recovered"

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

ag = agen()
print(step(ag.asend(None)))
print(step(ag.asend("hello")))
print(step(ag.athrow(KeyError)))
print(step(ag.asend("again")))
