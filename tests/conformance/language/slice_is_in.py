# is compares identity, == compares value; in tests membership.
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a == b, a is b, a == c, a is c, a is not c)
print(id(a) == id(b), id(a) == id(c))
c.append(4)
b.append(4)
print(a, c, a == c, a is c)
x = None
print(x is None, x is not None, x == None)
flag = True
print(flag is True, (1 == 1) is True, (1 == 2) is False)
print(3 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
print("ell" in "hello", "hello" in "ell", "" in "")
print(2 in (1, 2), (1, 2) in [(1, 2), (3, 4)], [1] in [[1], [2]])
print(6 in range(0, 10, 2), 7 in range(0, 10, 2), 1.0 in [1, 2], True in [0, 1])
print(None in [0, "", None], "1" in [1, 2])
print(hash(42), hash(-1), hash(True), hash(0), hash(2.0) == hash(2), hash(1.5) == hash(1.5))
print(hash("text") == hash("te" + "xt"), hash((1, 2)) == hash((1, 2)))
first = [0]
second = first
second += [1]
print(first, first is second)
second = second + [2]
print(first, second, first is second)

def lookup(key, keys):
    if key in keys:
        return keys.index(key)
    return -1

print(lookup("b", ["a", "b", "c"]), lookup("z", ["a", "b", "c"]))
