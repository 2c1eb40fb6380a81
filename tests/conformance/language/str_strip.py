# strip, lstrip and rstrip, with whitespace and with a set of characters
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"))
print("xxhixyx".lstrip("x"))
print("xxhixyx".rstrip("x"))
print("www.example.com".strip("cmowz."))
print(repr("\u3000全角空格\u3000".strip()))
print("**生成器**".strip("*"))
print("abc".strip(""))
print("abc".strip(None))
print(repr("   ".strip()))
print("3.1400".rstrip("0"))
try:
    "abc".strip(1)
except TypeError as e:
    print(e)
