# encode to bytes and decode back
s = "生成器 gen"
b = s.encode()
print(b, len(s), len(b), type(b).__name__)
print(b.decode(), b.decode("utf-8") == s)
print("é".encode("latin-1"), "abc".encode("ascii"), "abc".encode(encoding="UTF-8"))
print("a中b".encode("ascii", "ignore"), "a中b".encode("ascii", "replace"))
print("a中b".encode("ascii", "backslashreplace"), "a中b".encode("ascii", "xmlcharrefreplace"))
print(b"\xe4\xb8\xad".decode("utf-8"), b"\xff\xfeA".decode("utf-8", "replace"), b"\xffA".decode("utf-8", "ignore"))
print(b"caf\xe9".decode("latin-1"), b"\xff".decode("ascii", "backslashreplace"))
print("😀".encode(), len("😀".encode()), "😀".encode().decode())
try:
    "x".encode("rot-13x")
except LookupError as e:
    print("LookupError:", e)
try:
    b"\xe4\xb8".decode()
except ValueError as e:
    print(type(e).__name__ + ":", e)
"生成器".encode("ascii")
