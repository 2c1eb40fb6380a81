# A slice is a shallow copy.
original = [[1, 2], [3, 4], 5]
copy = original[:]
copy[2] = 50
copy[0].append(99)
print(original, copy)
print(copy is original, copy[0] is original[0])
part = original[1:]
part[0] = "new"
print(original, part)
stack = list(range(8))
top, rest = stack[-3:], stack[:-3]
print(top, rest)
stack[-3:] = []
print(stack)
