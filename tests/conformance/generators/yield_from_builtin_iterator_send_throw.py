# send() of a value into a yield from over a list iterator; throw() into a range iterator delegate.
def gen():
    yield from [1, 2]

g = gen()
next(g)
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)

def gen2():
    try:
        yield from range(3)
    except KeyError:
        yield "caught at the yield from"

h = gen2()
next(h)
print(h.throw(KeyError))
print(list(h))
