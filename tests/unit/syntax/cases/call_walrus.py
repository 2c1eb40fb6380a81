f(y := 1)
f(a, (b := 2))
print(n := len(a))
