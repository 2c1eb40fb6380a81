# In a generator expression the first iterable is evaluated at once; the rest lazily.
def source(name, items):
    print("evaluating", name)
    return items

g = (x + y for x in source("outer", [1, 2]) for y in source("inner", [10, 20]))
print("genexp created")
print(next(g))
print(list(g))
