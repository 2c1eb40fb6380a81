# The ways of building a dict: pairs, keywords, another dict, fromkeys.
pairs = [("a", 1), ("b", 2), ("c", 3)]
print(dict(pairs))
print(dict(pairs, d=4, a=10))
print(dict(x=1, y=2))
print(dict(dict(pairs)))
print(dict(["ab", "cd"]))
print(dict(zip(["one", "two", "three"], [1, 2, 3])))
print(dict.fromkeys(["red", "green", "blue"], 0))
print(dict.fromkeys(range(4)))
print(dict())
print(dict(enumerate("xyz")))
