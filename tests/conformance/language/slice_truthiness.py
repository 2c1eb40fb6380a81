# Which values count as false in a condition.
values = [0, 1, -1, 0.0, -0.0, 0.5, "", "0", " ", [], [0], (), (None,), None, True, False, range(0), range(3)]
for v in values:
    if v:
        print(repr(v), "is truthy")
    else:
        print(repr(v), "is falsy")
print(bool(0), bool(42), bool(""), bool("False"), bool([]), bool(None), bool())
# and / or return one of their operands, not necessarily a bool.
print(0 or "default", "" or [] or "last", 3 or 4, None or 0)
print(1 and "yes", 0 and "no", [] and [1], "a" and "b" and "c")
print(repr("" and 1), repr(0.0 or ""), not "", not [1], not None)
name = ""
display = name or "anonymous"
print(display)
items = [3, 0, 5]
print("all nonzero:", items[0] and items[1] and items[2], "any:", items[0] or items[1])

def check(x):
    print("  check(" + repr(x) + ")")
    return x

print("result:", check(0) and check(1))
print("result:", check(2) or check(3))
print("result:", check([]) or check(None) or check("end"))
n = 0
print("even" if n % 2 == 0 else "odd", "zero" if not n else "nonzero")
