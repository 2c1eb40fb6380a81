# Extended slices need exactly as many values as they select.
a = list(range(6))
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    a["x":]
except TypeError as e:
    print("TypeError:", e)
print(a)
a[::-2] = "abc"
print(a)
t = (1, 2, 3)
t[1:] = [5]
