# UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError: their
# attributes, str() for one and several bad positions, and the codecs raising them.
e = UnicodeDecodeError("utf-8", b"ab\xffcd", 2, 3, "invalid start byte")
print(e.encoding, e.object, e.start, e.end, e.reason)
print(str(e))
print(repr(e))
e = UnicodeDecodeError("ascii", b"\xe9\xe8x", 0, 2, "ordinal not in range(128)")
print(str(e))
print(e.args)

e = UnicodeEncodeError("ascii", "caf\xe9", 3, 4, "ordinal not in range(128)")
print(e.encoding, repr(e.object), e.start, e.end, e.reason)
print(str(e))
print(str(UnicodeEncodeError("latin-1", "\u20ac\U0001f600", 0, 1, "r")))
print(str(UnicodeEncodeError("latin-1", "\u20ac\U0001f600", 1, 2, "r")))
print(str(UnicodeEncodeError("ascii", "abc", 0, 3, "nope")))

e = UnicodeTranslateError("x\u0101y", 1, 2, "cannot map")
print(repr(e.object), e.start, e.end, e.reason, e.encoding)
print(str(e))
print(str(UnicodeTranslateError("abcd", 1, 3, "several")))

e.reason = "changed"
e.start = 0
print(str(e))

for args in [(), ("utf-8",), (1, b"x", 0, 1, "r"), ("utf-8", "str", 0, 1, "r"), ("utf-8", b"x", "0", 1, "r")]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as err:
        print("TypeError:", err)

try:
    b"\xc3\x28".decode("utf-8")
except UnicodeDecodeError as err:
    print(type(err).__name__, err.encoding, err.object, err.start, err.end, err.reason)
    print(isinstance(err, UnicodeError), isinstance(err, ValueError))

try:
    "na\xefve".encode("ascii")
except UnicodeEncodeError as err:
    print(type(err).__name__, err.encoding, repr(err.object), err.start, err.end, err.reason)

try:
    "\u4e2d\u6587".encode("latin-1")
except UnicodeError as err:
    print(err)

print(str(UnicodeError("plain")), UnicodeError().args)
"\udc80".encode("utf-8")
