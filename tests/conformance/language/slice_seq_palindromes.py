# Reversal with [::-1] on tuples and lists.
words = ("level", "python", "noon", "slice")
for w in words:
    letters = list(w)
    print(w, letters == letters[::-1])
numbers = [12321, 4554, 100, 7]
for n in numbers:
    digits = []
    m = n
    while m:
        digits.append(m % 10)
        m //= 10
    print(n, digits == digits[::-1], tuple(digits[::-1]))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(matrix[::-1], matrix[0][::-1])
print(matrix[1][::2])
