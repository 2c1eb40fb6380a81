# Loop variables are visible in f_locals between yields.
def gen(items):
    total = 0
    for item in items:
        total += item
        yield

g = gen([3, 4, 5])
for _ in g:
    loc = g.gi_frame.f_locals
    print(loc["item"], loc["total"])
