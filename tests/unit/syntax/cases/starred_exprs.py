print(*args)
x = [*a]
y = {*a}
z = *a,
f(*a, *b)
