# too many arguments for a % format
print("%s-%s" % ("a", "b"))
print("plain" % ())
try:
    print("plain" % 5)
except TypeError as e:
    print(e)
print("%d items" % (1, 2))
