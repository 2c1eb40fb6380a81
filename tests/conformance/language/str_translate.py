# maketrans / translate, removeprefix / removesuffix
table = str.maketrans("abc", "xyz")
print("aabbcc-abc".translate(table))
strip_vowels = str.maketrans("", "", "aeiou")
print("programming language".translate(strip_vowels))
both = str.maketrans("lo", "01", "!")
print("hello world!".translate(both))
print("生成器".translate(str.maketrans("生", "產")))
print("".maketrans("a", "b"), str.maketrans("ab", "cd", "e"))
print("test_file.py".removeprefix("test_"), "test_file.py".removesuffix(".py"), "x".removeprefix("y"), "abc".removesuffix(""))
print("生成器.py".removesuffix(".py"), "生成器".removeprefix("生成"))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(e)
"abc".removeprefix(1)
