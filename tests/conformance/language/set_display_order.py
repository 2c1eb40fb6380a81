# Sets of ints print in hash-table order, exactly as CPython lays them out.
print(set([5, 1, 33, 9, 17]))
print(set(range(20, 0, -3)))
print(set([64, 128, 0, 8, 16, 1]))
print(set([-1, -2, 2 ** 40, 7]))
print(set([3.5, 1.25, -0.5, 2.0]))
print(set([(1, 2), (2, 1), (0, 0)]))
print(set([True, False, 2]))
print(set(), frozenset(), frozenset([4, 44, 444]))
squares = set()
for i in range(12):
    squares.add(i * i % 17)
print(squares, len(squares))
