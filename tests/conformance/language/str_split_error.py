# split with an empty separator is an error
print("a b".split(" "))
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError:", e)
print("abc".split(""))
