# center / ljust / rjust count code points, so Chinese text pads like ASCII text
rows = [("姓名", "城市", "分数"), ("张三", "北京", "95"), ("李四", "上海", "88"), ("Wang", "深圳", "100")]
for name, city, score in rows:
    print(name.ljust(6) + "|" + city.center(6) + "|" + score.rjust(5))
title = "成绩单"
print(title.center(20, "="))
print(title.center(4, "*"), title.center(5, "*"), title.center(6, "*"), title.center(7, "*"))
print("ab".center(5, "-"), "abc".center(6, "-"), "a".center(4, "-"))
print("[" + "中".ljust(3, "。") + "]", "[" + "中".rjust(3, "·") + "]")
print(len("你好，世界"), "你好，世界".center(11, "~"))
print("x".center(0), "xy".ljust(-3), repr("".rjust(3)))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(e)
"a".ljust(5, 7)
