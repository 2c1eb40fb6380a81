# Delegation chains: the innermost generator yields straight to the caller.
def level3():
    yield "deep"
    return 3

def level2():
    r = yield from level3()
    yield "mid"
    return r + 2

def level1():
    r = yield from level2()
    yield "top"
    return r + 1

g = level1()
for item in g:
    print(item)
def drive():
    r = yield from level1()
    print("total", r)
list(drive())
