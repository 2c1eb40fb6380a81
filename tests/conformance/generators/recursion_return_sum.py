# Recursive generators returning values through yield from.
def count_leaves(tree):
    if not isinstance(tree, list):
        yield tree
        return 1
    total = 0
    for sub in tree:
        total += yield from count_leaves(sub)
    return total

def drive(tree):
    n = yield from count_leaves(tree)
    print("leaves:", n)

print(list(drive([1, [2, 3], [[4], 5]])))
