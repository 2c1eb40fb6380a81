# A plain for loop re-yielding items does not forward send(); yield from does.
def inner():
    got = yield "first"
    yield "inner got " + repr(got)

def with_loop():
    for x in inner():
        yield x

def with_yield_from():
    yield from inner()

for make in (with_loop, with_yield_from):
    g = make()
    next(g)
    print(make.__name__, "->", g.send("hello"))
