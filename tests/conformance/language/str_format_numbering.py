# automatic and manual field numbering cannot be mixed
print("{} {}".format("a", "b"))
print("{1} {0}".format("a", "b"))
print("{:{}}|".format("x", 4))
try:
    print("{0} {}".format("a", "b"))
except ValueError as e:
    print(e)
try:
    print("{0:{}}".format("a", 3))
except ValueError as e:
    print(e)
print("{} {1}".format("a", "b"))
