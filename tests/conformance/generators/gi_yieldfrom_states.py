# gi_yieldfrom is only set while suspended inside yield from.
def inner():
    yield "i1"
    yield "i2"

def outer():
    yield "o1"
    yield from inner()
    yield "o2"

g = outer()
print(g.gi_yieldfrom)
for v in g:
    yf = g.gi_yieldfrom
    print(v, None if yf is None else yf.__name__)
