# any, all and sum over different iterables.
print(any([]), all([]), any([0, 0.0, ""]), all([1, "x", [0]]))
values = [4, 8, 15, 16, 23, 42]
def is_odd(n):
    return n % 2 == 1
print(any(map(is_odd, values)), all(map(is_odd, values)))
print(sum(values), sum(values, 100), sum([0.5, 0.25]))
print(any(set([0])), all(dict(a=0)))
print(all(range(1, 5)), all(range(0, 5)))
