# Resuming a delegate directly while its delegator is suspended, then resuming the delegator.
def inner():
    yield "i1"
    yield "i2"
    yield "i3"

def outer():
    r = yield from sub
    yield "outer after " + str(r)

sub = inner()
o = outer()
print(next(o))
print(next(sub))
print(next(o))
print(next(o))
