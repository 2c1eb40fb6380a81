# None compares equal only to itself and has no ordering.
result = None
print(result, repr(result), str(result), type(result))
print(None == None, None is None, None != 0, None == False, None == "")
print(bool(None), not None, None is not False)

def find_first_negative(values):
    for v in values:
        if v < 0:
            return v

print(find_first_negative([3, -2, 5]))
print(find_first_negative([1, 2]))

def nothing():
    x = 1

print(nothing(), nothing() is None)
values = [None, 0, None]
print(values.count(None), values.index(None), None in values)
best = None
for score in [7, 3, 9, 4]:
    if best is None or score > best:
        best = score
print("best:", best)
print("comparing None with an int...")
print(None < 1)
print("not reached")
