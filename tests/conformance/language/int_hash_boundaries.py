# hash() of ints around the modulus 2**61 - 1 and the small-int range, and int
# keys there: the small-int path must agree with the general one.
vals = [0, 1, -1, -2, 2, 10**9, -10**9, 2**60, -2**60, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 2),
        -(2**61 - 1), -2**61, -2**61 - 1, 2**62, -2**62, 2**63, -2**63, 2**64 + 5, -(2**64 + 5), 10**30, -10**30]
for v in vals:
    print(v, hash(v), hash(v) == hash(float(v)) if abs(v) < 2**53 else '-')
d = {v: i for i, v in enumerate(vals)}
print(all(d[v] == i for i, v in enumerate(vals)), len(d))
print(hash(True), hash(False), {True: 1, 1: 2, 1.0: 3}, {-1: 'a', -2: 'b'})
