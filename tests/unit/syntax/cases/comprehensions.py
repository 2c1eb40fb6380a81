a = [x for x in y]
b = [x for x in y if x if not z]
c = [(x, y) for x in a for y in b]
d = {x for x in y}
e = {k: v for k, v in d.items() if v}
f = (x for x in y)
g = [x for x, in y]
h = [y for x in z for y in x if y]
