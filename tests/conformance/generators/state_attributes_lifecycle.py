# gi_running, gi_suspended and gi_frame through a generator's life.
def gen():
    yield 1

g = gen()
def show(label):
    print(label, g.gi_running, g.gi_suspended, g.gi_frame is None)

show("created  ")
next(g)
show("suspended")
next(g, None)
show("finished ")
