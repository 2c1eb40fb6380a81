# break only leaves the innermost loop.
target = 10
numbers = [1, 3, 5, 7, 9]
found = None
for i in range(len(numbers)):
    for j in range(i + 1, len(numbers)):
        if numbers[i] + numbers[j] == target:
            found = (numbers[i], numbers[j])
            break
    if found is not None:
        break
print("first pair summing to", target, "is", found)
# Multiplication table with continue skipping the diagonal.
for row in range(1, 5):
    for col in range(1, 5):
        if row == col:
            print("  .", end="")
            continue
        product = row * col
        print(" " * (3 - len(str(product))) + str(product), end="")
    print()
# for/else to test each number for primality.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
grid = [[1, 2, 3], [4, -5, 6], [7, 8, -9]]
r = 0
while r < len(grid):
    c = 0
    while c < len(grid[r]):
        if grid[r][c] < 0:
            print("first negative in row", r, "at column", c, ":", grid[r][c])
            break
        c += 1
    r += 1
