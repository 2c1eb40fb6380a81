# count and replace, including empty patterns and the count argument
s = "banana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count("a", 2), s.count("a", 2, 4))
print(s.count(""), s.count("", 3), s.count("", 7), "".count(""))
print(s.replace("a", "o"), s.replace("a", "o", 2), s.replace("a", "o", 0), s.replace("a", "o", -1))
print(s.replace("", "-"), s.replace("", "-", 3), "".replace("", "x"))
print(s.replace("na", ""), s.replace("xyz", "q"))
text = "生成器生成值，生成器暂停"
print(text.count("生成"), text.replace("生成器", "generator"))
print(text.replace("生成", "产生", 1))
print("aaa".replace("a", "aa"))
try:
    s.replace("a")
except TypeError as e:
    print(e)
print(s.replace(1, "x"))
