# Dicts whose str keys come and go: look-ups after deletion, re-insertion,
# clear(), growth and shrinking, on plain dicts, instance dicts, class dicts
# and module globals, where a look-up may take a shortcut for absent keys.
names = [f"key{i}" for i in range(200)]
d = {}
for i, n in enumerate(names):
    d[n] = i
print(len(d), d["key0"], d["key199"], "key200" in d)
for n in names[::2]:
    del d[n]
print(len(d), "key0" in d, "key1" in d, d.get("key2", "gone"), d.get("key3"))
for n in names[::4]:
    d[n] = -1
print(len(d), d["key0"], d.get("key2", "gone"), d["key4"])
d.clear()
print(len(d), d.get("key1", "cleared"), "key1" in d)
d["key1"] = "back"
print(d, d.get("key1"), d.get("key5", "absent"))


class Bag:
    pass


b = Bag()
for n in names[:40]:
    setattr(b, n, n.upper())
print(b.key0, b.key39, hasattr(b, "key40"))
for n in names[:40:3]:
    delattr(b, n)
print(hasattr(b, "key0"), b.key1, getattr(b, "key3", "deleted"))
b.__dict__.clear()
print(vars(b), getattr(b, "key1", "all gone"))
b.key1 = "again"
print(b.key1, vars(b))


class Shadow:
    def greet(self):
        return "method"


s = Shadow()
print(s.greet())
s.greet = lambda: "instance attribute"
print(s.greet())
del s.greet
print(s.greet())
Shadow.greet = lambda self: "replaced on the class"
print(s.greet())

counter = 0


def bump():
    global counter
    counter += 1
    return counter


print(bump(), bump())
del counter
try:
    bump()
except NameError as e:
    print("NameError:", e)
counter = 10
print(bump())
print(len(globals()) > 5, "names" in globals(), "nothing_here" in globals())

big = {n: len(n) for n in names}
for n in names[:190]:
    big.pop(n)
print(len(big), sorted(big)[:3], big.get("key0"), big.get("key195"))
for n in names[:5]:
    big[n] = 0
print(list(big)[:3], list(big)[-2:], big["key1"])
