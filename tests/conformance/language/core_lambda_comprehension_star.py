sq = lambda x, y=2: x ** y
print(sq(3), sq(2, 10), (lambda: "k")())
print([x * x for x in range(6) if x % 2 == 0], [(i, j) for i in range(3) for j in range(i)])
words = ["apple", "bob", "kiwi"]
print({w: len(w) for w in words}, {"a": 1, **{"b": 2}, "c": 3})
def total(*args, **kwargs):
    return sum(args), kwargs
print(total(1, 2, 3, x=4), total(*[1, 2], *(3,), **{"k": 5}))
first, *rest = [1, 2, 3, 4]
*init, last = "hello"
a, *mid, z = range(5)
print(first, rest, init, last, a, mid, z)
print([*range(3), *"ab"], (*[1, 2], 3))
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def add(x, y):
    return x + y
print(add(2, y=5))
if (n := len(words)) > 2:
    print("n is", n)
funcs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in funcs])
assert n == 3, "n must be 3"
try:
    assert n == 4, f"n was {n}"
except AssertionError as e:
    print("assertion:", e)
assert False
