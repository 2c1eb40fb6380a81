# find / rfind / index / rindex with start and end, on code point positions
s = "生成器与协程：生成器"
print(s.find("生成器"), s.rfind("生成器"), s.find("协程"), s.find("事件"))
print(s.find("生成器", 1), s.find("生成器", 1, 8), s.find("生成器", -3))
print(s.index("协"), s.rindex("器"))
t = "abracadabra"
print(t.find("a"), t.find("a", 3), t.find("a", 3, 4), t.rfind("a", 0, 5))
print(t.find(""), t.find("", 5), t.find("", 11), t.find("", 12))
print(t.rfind(""), t.rfind("bra"), t.rfind("bra", None, 8))
print(t.index("cad"), t.rindex("abra"))
print(t.find("a", -100, 100), t.find("z", None, None))
try:
    t.find(1)
except TypeError as e:
    print(e)
try:
    t.find("a", "x")
except TypeError as e:
    print(e)
print(t.index("zzz"))
