# Mixing types: some combinations are defined, int + str is not.
print(1 + 2.5, True + 1, 3 * 0.5)
print("ab" * 3, 3 * "ab", [0] * 4, 2 * [1, 2])
print("total: " + str(42))
print((1, 2) + (3,), [1] + [2, 3])
def label(count, unit):
    return str(count) + " " + unit

print(label(3, "apples"))
items = 5
print("adding a number to a string...")
print(items + " items")
print("not reached")
