# A genexp can be consumed only once.
g = (c.upper() for c in "abc")
print("".join(g))
print("".join(g))
print(list(g))
