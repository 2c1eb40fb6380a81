# zfill keeps the sign in front; expandtabs counts columns from each line start
for s in ["42", "-42", "+7", "abc", "", "12345", "-"]:
    print(repr(s.zfill(5)))
print("3.14".zfill(8), "-0.5".zfill(6))
print(repr("a\tb\tc".expandtabs()))
print(repr("a\tb\tc".expandtabs(4)))
print(repr("ab\tc\nabcdef\tg".expandtabs(4)))
print(repr("\t".expandtabs(0)), repr("x\ty".expandtabs(tabsize=1)))
print(repr("生成\t器".expandtabs(4)))
table = "name\tscore\nalice\t90\nbob\t7"
print(table.expandtabs(8))
