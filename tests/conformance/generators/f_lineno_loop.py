# The line number moves between yields inside a loop.
def gen():
    for i in range(3):
        if i % 2:
            yield "odd"
        else:
            yield "even"

g = gen()
for v in g:
    print(v, g.gi_frame.f_lineno)
