x = a + b < c * d and e | f or not g
y = a if b or c else d and e
z = a < b | c
w = a == b & c
