x = a < b <= c > d >= e == f != g
y = a in b not in c
z = a is b is not c
w = (a < b) < c
