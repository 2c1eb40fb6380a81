# range with one, two and three arguments.
print(list(range(5)))
print(list(range(2, 8)))
print(list(range(10, 0, -3)))
print(list(range(-5, 5, 2)))
print(list(range(0)), list(range(5, 2)), list(range(2, 5, -1)))
r = range(0, 100, 7)
print(r, len(r), r[0], r[3], r[-1])
print(range(5), range(1, 10, 2), range(3, -3, -1))
print(14 in r, 15 in r, 98 in r, -7 in r, 15 not in r)
print(len(range(10, 0)), len(range(0, 10, 3)), len(range(10, 0, -3)))
print(tuple(range(3)), list(range(3)) == [0, 1, 2])
total = 0
for i in range(1, 11):
    total += i
print("sum 1..10:", total, sum(range(1, 11)))
for i in range(10, 0, -2):
    print(i, end=" ")
print()
# Stepping through a range by hand with iter and next.
it = iter(range(3, 30, 9))
print(next(it), next(it))
for rest in it:
    print("rest:", rest)
words = ["zero", "one", "two"]
for i in range(len(words)):
    print(i, words[i])
print(range(0, 10 ** 20, 3)[-1], len(range(10 ** 18)))
