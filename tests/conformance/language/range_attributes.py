# range's attributes and sequence methods: start, stop, step, count, index,
# with negative steps, empty ranges, huge bounds, bools and non-int values.
cases = [range(10), range(2, 10, 3), range(10, 0, -2), range(5, 5), range(-3, 3), range(0, 10**20, 10**18)]
for r in cases:
    print(r, r.start, r.stop, r.step, len(r))
    for x in (0, 2, 5, 8, 10**19, -3, True, 2.0, "2"):
        try:
            where = r.index(x)
        except ValueError as e:
            where = f"ValueError: {e}"
        print(f"  {x!r}: count={r.count(x)} index={where} in={x in r}")

r = range(1, 20, 4)
print(r.index(9), r.count(9), r.count(10), r[r.index(13)])
print(range(3).start is not None, type(range(3).step).__name__)
for call in (lambda: range(3).index(), lambda: range(3).count(1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class Twoish:
    def __eq__(self, other):
        return other == 2

    __hash__ = None


print(range(5).count(Twoish()), range(5).index(Twoish()))
print(list(range(0, 30, 7)[1:3]), range(0, 30, 7)[1:3].start, range(0, 30, 7)[::-1].step)
