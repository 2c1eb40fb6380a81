# Containers nested far deeper than the recursion limit: their repr, str and
# comparisons raise RecursionError (with CPython's messages) instead of
# crashing, and they can still be used and freed afterwards.
a = []
b = []
d = {}
for i in range(100000):
    a = [a]
    b = [b]
    d = {"k": d}

for what, f in [
    ("repr", lambda: repr(a)),
    ("str", lambda: str(d)),
    ("eq", lambda: a == b),
    ("lt", lambda: a < b),
]:
    try:
        f()
        print(what, "finished")
    except RecursionError as e:
        print(what, "RecursionError:", e)

# Shallow enough structures are fine.
small = []
for i in range(50):
    small = [small]
print(len(repr(small)), small == small)

depth = 0
x = a
while x:
    x = x[0]
    depth += 1
print("depth", depth)
del a, b, d
print("freed")
