# len() counts code points, not bytes.
greeting = "你好，世界"
print(greeting)
print("len:", len(greeting))
print("first:", greeting[0], "last:", greeting[-1], "second:", greeting[1])
for ch in "中文":
    print(ch, ord(ch))
print(chr(20013) + chr(25991))
print(repr("汉字"), ["北京", "上海"], ("东", "西"))
mixed = "abc中文123"
print(len(mixed), len("é"), len("naïve"), len(""))
print("中" in mixed, "文1" in mixed, "日" in mixed)
print("世界" + "和平", "好" * 3)
emoji = "😀"
print(emoji, len(emoji), ord(emoji))
print(len("a😀b"), "a😀b"[2])
count = 0
for ch in greeting:
    if ord(ch) > 127:
        count += 1
print("non-ASCII characters:", count)
print("你" < "好", ord("你"), ord("好"))
