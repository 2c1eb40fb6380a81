# An error in the first iterable is raised where the genexp is created.
try:
    g = (x for x in 42)
except TypeError as e:
    print("at creation:", e)

g = (x for x in [1] for y in 42)
print("second iterable not evaluated yet")
try:
    next(g)
except TypeError as e:
    print("at first next:", e)
