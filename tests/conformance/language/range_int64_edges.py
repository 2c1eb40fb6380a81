# Ranges whose bounds sit at the edges of 64-bit integers: their lengths,
# iteration (the last values and the one after), reversal, slicing and
# membership, where int64 arithmetic would overflow and big-int arithmetic
# must take over. Also str() of ints at those edges.
edges = [2**62 - 1, 2**62, 2**63 - 1, 2**63, -(2**62), -(2**63), -(2**63) - 1]
for e in edges:
    print(e, str(e), repr(-e), f"{e}")

cases = [
    range(2**63 - 3, 2**63 - 1),
    range(2**63 - 3, 2**63 + 2),
    range(-(2**63), -(2**63) + 3),
    range(-(2**63) + 2, -(2**63) - 2, -1),
    range(2**62 - 2, 2**62 + 2),
    range(-(2**62) - 1, 2**62, 2**61),
    range(0, 2**62, 2**62 - 1),
    range(2**62 - 1, -(2**62), -(2**61)),
    range(5, -5, -3),
    range(-7, 7, 5),
    range(0),
    range(3, 3, -1),
]
for r in cases:
    items = list(r)
    print(r, len(r), items[:3], items[-2:], list(reversed(r))[:2], bool(r))
    print("  ", r[::2], r[1:], (2**62) in r, (2**63 - 2) in r, -(2**63) in r)

print(len(range(-(2**62), 2**62 - 1)), len(range(2**63 - 1, 0, -1)))
for r in (range(-(2**62), 2**62), range(-(2**63), 2**63)):
    try:
        len(r)
    except OverflowError as e:
        print("OverflowError:", e, r[-1], r[2**62])
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
total = 0
for i in range(2**62 - 5, 2**62 + 5, 3):
    total += i
print(total, sum(range(10**6)), sum(range(-10, 10, 7)))

# str hashes: strings built at run time find the same dict entries and set
# members as literals, however they were made.
d = {f"k{i}": i for i in range(50)}
print(sum(d["k" + str(i)] for i in range(50)), "k49" in d, "".join(["k", "4", "9"]) in d)
s = {str(i) for i in range(100)}
print(len(s), "42" in s, str(6 * 7) in s, hash("abc") == hash("".join("abc")))
