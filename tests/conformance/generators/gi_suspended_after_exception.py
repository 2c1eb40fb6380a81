# After an exception escapes, the generator is neither running nor suspended.
def gen():
    yield 1
    raise ValueError("stop here")

g = gen()
next(g)
try:
    next(g)
except ValueError:
    pass
print(g.gi_running, g.gi_suspended, g.gi_frame)
