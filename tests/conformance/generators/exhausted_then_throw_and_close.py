# A generator that finished by raising: next, send, throw and close all behave as finished.
def gen():
    yield 1
    raise KeyError("done")

g = gen()
next(g)
try:
    next(g)
except KeyError:
    pass
print(next(g, "stop"))
try:
    g.send(None)
except StopIteration:
    print("send: StopIteration")
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("throw re-raises:", e)
print(g.close())
