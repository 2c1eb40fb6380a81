# too few arguments for a % format
print("%s" % "only")
try:
    print("%s %s" % "one")
except TypeError as e:
    print(e)
try:
    print("%*d" % (5,))
except TypeError as e:
    print(e)
print("%s %s %s" % ("a", "b"))
