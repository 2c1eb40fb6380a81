# Assigning to slices grows, shrinks or replaces parts of a list.
a = [0, 1, 2, 3, 4, 5]
a[1:3] = [7, 8, 9]
print(a)
a[:2] = []
print(a)
a[len(a):] = [100, 101]
print(a)
a[0:0] = "xy"
print(a)
a[::2] = range(5)
print(a)
a[:] = a[::-1]
print(a)
del a[::3]
print(a)
del a[1:3]
print(a)
b = list(range(10))
del b[-2:]
b[2:8:3] = ["p", "q"]
print(b)
