# Slicing a range gives another range.
r = range(10)
print(r[2:8:2], r[::-1], r[-3:], r[::3])
print(list(r[2:8:2]), list(r[::-1][:4]))
big = range(0, 100, 5)
print(big[3:7], big[::-4], len(big[1::2]))
print(range(10, 0, -2)[1:3], range(5)[10:])
print(r[3], r[-1], 7 in r[::2], 8 in r[::2])
print(list(reversed(range(1, 10, 3))))
