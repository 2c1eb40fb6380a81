# is* predicates on ASCII, Chinese, fullwidth and other Unicode text
samples = ["abc", "ABC", "Abc", "abc123", "123", "１２３", "½", "²", "Ⅻ", "一二三", "生成器", "   ", "\u3000\t", "", "a b", "3.14", "-1", "Ab Cd", "ǅemal", "_id", "2x", "变量名", "ⅷ"]
for s in samples:
    flags = [s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isascii()]
    line = ""
    for f in flags:
        if f:
            line += "1"
        else:
            line += "0"
    print(repr(s).ljust(10), line)
print("print".isidentifier(), "class".isidentifier(), "a-b".isidentifier())
print("abc\x07".isprintable(), "生成器".isprintable(), "".isprintable())
