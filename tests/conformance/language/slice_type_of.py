# type() and isinstance() on the built-in kinds of values.
samples = [1, 2 ** 100, 1.5, "text", "", True, None, [1], (1,), (), range(3)]
for v in samples:
    print(repr(v), type(v))
print(type(print), type(len))

def f():
    return 1

print(type(f), type(f()), type(type(1)))
print(type(1) == type(2), type(1) == type(1.0), type(True) == type(1))
print(isinstance(3, int), isinstance(3.0, int), isinstance(3.0, float))
print(isinstance(True, int), isinstance(1, bool), isinstance("s", str))
print(isinstance([], list), isinstance((), tuple), isinstance([], tuple))
print(isinstance(7, (int, float)), isinstance("7", (int, float)))
print(callable(print), callable(f), callable(f()), callable("f"), callable(int))
print(type(7 / 7), type(7 // 7), type(2 ** -1), type(True + True), type(3 * 1.0))

def describe(x):
    if isinstance(x, bool):
        return "bool"
    elif isinstance(x, int):
        return "int"
    elif isinstance(x, float):
        return "float"
    elif isinstance(x, str):
        return "str"
    return "other"

for v in [False, 0, 0.0, "0", [0]]:
    print(repr(v), "->", describe(v))
