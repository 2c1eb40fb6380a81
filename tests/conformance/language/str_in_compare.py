# membership and ordering of str
print("生成" in "生成器", "器生" in "生成器", "" in "abc", "abc" in "abc")
print("a" not in "xyz", "ab" < "b", "abc" < "abd", "Z" < "a", "中" > "z")
print("é" > "z", "apple" <= "apple", "b" >= "ab", "abc" == "abc", "a" != "a")
names = ["张三", "Bob", "alice", "李四", "Émile"]
best = names[0]
for n in names:
    if n < best:
        best = n
print(best)
print(1 in "123")
