# Sorting tuples compares element by element; ints and floats mix freely.
points = [(2, 3), (1, 5), (2, 1), (1, 5.0), (0, 9), (2, 2.5)]
print(sorted(points))
print(sorted(points, reverse=True))
mixed = [3, 1.5, -2, 2.25, 0, True]
print(sorted(mixed), min(mixed), max(mixed))
grid = list(range(25, 0, -3))
grid.sort()
print(grid)
grid.sort(reverse=True)
print(grid)
nested = [[3, "c"], [1, "a"], [2, "b"], [1, "A"]]
nested.sort()
print(nested)
