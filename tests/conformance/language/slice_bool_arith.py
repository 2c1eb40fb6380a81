# bool is a subclass of int: True is 1, False is 0.
print(True + True, True * 10, False - 1, True / 2, True // 2)
print(-True, +True, ~True, ~False, True ** 5)
print(True == 1, False == 0, True == 2, True is not False)
print(True & False, True | False, True ^ True, 3 & True)
print(1 if True else 0, repr(True and 5), repr(False or 0.0))
flags = [True, False, True, True, False]
print("count of True:", sum(flags), "max:", max(flags), "min:", min(flags))
votes = 0
for f in flags:
    votes += f
print("votes:", votes, type(votes))
print(True + 0.5, type(True + 0.5), str(True), repr(False))
print(int(True) + float(False), True < 2, False < True, [1, 2][True])
print(True in [1], 0 in [False], (1, 0) == (True, False))
n = 17
is_odd = n % 2 == 1
print(n, "odd:", is_odd, "as number:", is_odd + 0)
print(abs(-True), max(True, 0.5), min(False, -0.0))
