# Permutations by recursive yield from.
def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield items[i:i + 1] + p

print(list(permutations("abc")))
print(len(list(permutations([1, 2, 3, 4]))))
