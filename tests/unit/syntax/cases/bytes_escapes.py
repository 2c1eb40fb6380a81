a = b'\x00\xff\n\t\\'
b = b'\u1234'
c = b'\777'
d = b'\N{x}'
e = b"'"
f = b'\x7f\x80'
