# The genexp's loop variable does not leak into the enclosing scope.
x = "outer"
total = sum(x for x in range(5))
print(total, x)
g = (x for x in "abc")
print(list(g), x)
