# Tuple unpacking assignment.
a, b = 1, 2
print(a, b)
a, b = b, a
print("swapped:", a, b)
x, y, z = [10, 20, 30]
print(x, y, z)
first, second = "hi"
print(first, second)
p, q, r = range(3)
print(p, q, r)
point = (3, -4)
px, py = point
print("point:", px, py, "squared distance", px * px + py * py)

def min_max(values):
    low = values[0]
    high = values[0]
    for v in values:
        if v < low:
            low = v
        if v > high:
            high = v
    return low, high

lo, hi = min_max([5, 9, -2, 7])
print("lo", lo, "hi", hi)
result = min_max([1.5, 0.5])
print(result, type(result))
i, j, k = 1, 2, 3
i, j, k = k, i, j
print("rotated:", i, j, k)
# The right side is evaluated completely before assigning.
n, m = 5, 8
n, m = m, n + m
print(n, m)
items = [0, 0]
items[0], items[1] = "left", "right"
print(items)
