# min, max and sum on arguments and lists.
temps = [12.5, 9, 15, 11.25, 9.0]
print("min", min(temps), "max", max(temps), "sum", sum(temps))
print(min(3, 1, 2), max(3, 1, 2), max(-5, -3), min(2.5, 3))
print(min([42]), max([4, 4]), sum([]), sum(range(101)))
print(min("pear", "apple", "fig"), max(["pear", "apple", "fig"]))
print("ties keep the first:", max(1, 1.0), max(1.0, 1), min(0, 0.0, False))
print(sum([0.1] * 10), sum([1, 2.5, True]))
print(max([(1, "b"), (1, "c"), (0, "z")]), min([[2, 1], [1, 5], [1, 4]]))
big = [2 ** 70, -2 ** 80, 3]
print(min(big), max(big), sum(big))

def spread(values):
    return max(values) - min(values)

print("spread", spread([3, 8, 1, 9, 4]))
total = 0
for v in [5, 10, 15]:
    total += v
print(total == sum([5, 10, 15]), sum([5, 10, 15]) / len([5, 10, 15]))
print(abs(-7), abs(3.5), abs(-0.0), abs(-2 ** 65), abs(False))
