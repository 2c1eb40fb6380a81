# Printing containers uses repr() of every item.
print([1, "two", 3.0, None, True])
print(["it's", 'say "hi"', "tab\t", "new\nline", ""])
print([[1, 2], [3, [4, [5]]], []])
print((1,), (), (1, 2), ((1, 2), (3,)))
print([(1, "a"), ("b", 2.5)], ([], [[]]))
print(str([1, "x"]), repr(["y"]), len([[1, 2, 3]]))
print(["中文", "naïve"], ("é",))
matrix = [[1, 2, 3], [4, 5, 6]]
print(matrix, matrix[1], matrix[1][2], matrix[-1][-1])
matrix[0][0] = "changed"
print(matrix)
row = [0, 0]
grid = [row, row]
grid[0][1] = 9
print("shared rows:", grid)
a = [1, 2]
a.append(a)
print("self reference:", a, len(a))
print([-0.0, 1e16, 2 ** 70, -5])
print(list((1, [2, (3, "4")])), tuple([[1], "s"]))
print([1, 2] + [3], [0] * 3, [[0] * 2] * 2, (1, 2) + (3, 4))
