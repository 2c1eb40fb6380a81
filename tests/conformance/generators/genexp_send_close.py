# Generator expressions are real generators: send(None), close() and throw() work.
g = (x for x in range(10))
print(g.send(None))
print(next(g))
g.close()
print(next(g, "closed"))
h = (x for x in range(3))
next(h)
try:
    h.throw(ValueError("into genexp"))
except ValueError as e:
    print("ValueError", e)
print(list(h))
