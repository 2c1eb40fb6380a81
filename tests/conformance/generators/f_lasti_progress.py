# f_lasti before the first resume, then moving forward while the body runs.
def gen():
    yield 1
    yield 2

g = gen()
lastis = [g.gi_frame.f_lasti]
for _ in g:
    lastis.append(g.gi_frame.f_lasti)
print(lastis[0])
print(lastis[1] > 0, lastis[2] > lastis[1])
