# bytes literals: repr, len, indexing, slicing, iteration, operators
b = b"hello\x00\xff\n"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[::3])
print(b"it's", b'say "hi"', b"both ' and \"", b"\\", b"\t\r")
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"" * 5)
print(b"ab" == b"ab", b"ab" < b"b", b"ab" != b"ab", b"a" == "a", b"abc" >= b"abc")
print(104 in b"hello", b"ell" in b"hello", b"" in b"x", 0 in b"\x00", 200 in b"abc")
total = 0
for byte in b"ABC":
    print(byte, end=" ")
    total += byte
print(total)
print(list(b"hi"), bytes(b"copy"), bool(b""), bool(b"\x00"))
print(hash(b"abc") == hash("abc"), b"abc".hex(), b"\x01\xab".hex(), b"abc".hex("-"))
print(b"x" + "y")
