x = a | b ^ c & d << e >> f + g
y = a & b | c ^ d
z = ~a & ~b
w = a << b << c
