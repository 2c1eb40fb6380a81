match(x)
x y
