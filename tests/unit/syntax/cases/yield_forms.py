def g():
    yield
    yield 1
    yield 1, 2
    yield from x
    x = yield
    y = (yield)
    f((yield))
    z = yield *a, b
    await_ = yield (yield)
