# The locals of a generator seen through inspect while it is suspended inside a nested loop.
import inspect

def grid(w, h):
    for y in range(h):
        for x in range(w):
            yield x, y

g = grid(2, 2)
for cell in g:
    loc = inspect.getgeneratorlocals(g)
    print(cell, loc["x"], loc["y"], sorted(loc))
