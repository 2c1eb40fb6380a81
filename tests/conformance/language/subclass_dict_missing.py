# dict subclasses with __missing__: d[key] asks it when the key is absent
class ZeroDict(dict):
    def __missing__(self, key):
        return 0

class AutoList(dict):
    def __missing__(self, key):
        value = self[key] = []
        return value

z = ZeroDict(a=1)
print(z["a"], z["b"], z, "b" in z, z.get("b"))
z["c"] += 5
print(z)
groups = AutoList()
for word in ["one", "two", "three", "four", "five"]:
    groups[len(word)].append(word)
print(groups, len(groups))

class Template(dict):
    def __missing__(self, key):
        return "{" + key + "}"

print("Hello {name}, you are {age}".format_map(Template(name="Ann")))
class Strict(dict):
    pass
s = Strict(x=1)
print(s["x"])
s["nope"]
