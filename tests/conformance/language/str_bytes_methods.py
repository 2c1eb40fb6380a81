# the common bytes methods
data = b"  key=value; other=thing  "
print(data.strip(), data.lstrip(), data.rstrip(), b"xxaxx".strip(b"x"))
print(data.split(), data.split(b";"), data.strip().split(b"; ", 1), b"a,b,c".rsplit(b",", 1))
print(b", ".join([b"a", b"b", b"c"]), b"".join([]), b"-".join((b"x",)))
print(data.find(b"="), data.rfind(b"="), data.find(b"zz"), data.find(61), data.count(b"e"), data.count(101))
print(data.index(b"other"), b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"bc")), b"abc".startswith(b"b", 1))
print(b"Hello World".upper(), b"Hello World".lower(), b"abc".replace(b"b", b"BB"), b"aaa".replace(b"a", b"b", 2))
print(b"key=value".partition(b"="), b"a.b.c".rpartition(b"."), b"prefix_body".removeprefix(b"prefix_"))
print(b"123".isdigit(), b"abc".isalpha(), b"ABC".isupper(), b"abc1".isalnum(), b" \t".isspace(), b"".isdigit())
print(b"a\nb".split(b"\n"), b"abc".decode("ascii").upper())
print(b"a\r\nb\rc".splitlines(), b"x\ny".splitlines(True), b"ab".center(6, b"*"), b"7".zfill(3), b"hello world".title())
b"abc".find("a")
