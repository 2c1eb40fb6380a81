foo(1,
x y
