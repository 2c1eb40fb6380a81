# str.join over lists, tuples, strings and ranges of str
print("-".join(["a", "b", "c"]))
print(", ".join(("x", "y")))
print("".join(["生", "成", "器"]))
print("|".join("abc"))
print(" + ".join([]))
print("/".join(["only"]))
parts = []
for i in range(4):
    parts.append(str(i * i))
print(" ".join(parts))
print("、".join(["苹果", "香蕉", "橙子"]))
try:
    "".join(5)
except TypeError as e:
    print(e)
print("-".join(["a", 2, "c"]))
