# decoding invalid UTF-8 fails with UnicodeDecodeError, a ValueError
print(b"ok".decode())
try:
    b"\xff\xfe".decode()
except ValueError as e:
    print(e)
try:
    b"\xe4\x41".decode("utf-8")
except ValueError as e:
    print(e)
print(b"abc\xe4\xb8\xad".decode())
b"abc\xe4\xb8".decode()
