# A generator stays running while the functions it calls run.
def helper():
    return g.gi_running

def gen():
    yield helper()
    yield [h.gi_running for h in (g,)]

g = gen()
print(next(g), next(g), g.gi_running)
