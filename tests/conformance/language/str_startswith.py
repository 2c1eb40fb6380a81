# startswith / endswith: tuples of prefixes and start/end positions
name = "report_2024.csv"
print(name.startswith("report"), name.endswith(".csv"), name.endswith((".txt", ".csv")))
print(name.startswith(("data", "log")), name.startswith("2024", 7), name.startswith("2024", 7, 10))
print(name.endswith("2024", 0, 11), name.endswith("", 20), name.startswith("", 15), name.startswith("", 16))
print("生成器".startswith("生成"), "生成器".endswith("器", 1), "生成器".startswith("成", 1, 2))
print("abc".startswith(()), "abc".endswith("abc", -3), "abc".startswith("abcd"))
for f in ["a.py", "b.txt", "c.PY", "d.pyc"]:
    print(f, f.lower().endswith((".py", ".pyc")))
try:
    name.startswith(("report", 1))
except TypeError as e:
    print(e)
print(name.endswith(5))
