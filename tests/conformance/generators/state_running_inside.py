# Inside its own body a generator is running and not suspended.
def gen():
    print("running:", g.gi_running, "suspended:", g.gi_suspended)
    yield
    print("running:", g.gi_running, "suspended:", g.gi_suspended)
    yield

g = gen()
next(g)
print("outside:", g.gi_running, g.gi_suspended)
next(g)
