# An infinite generator sliced by hand.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        out.append(next(it))
    return out

print(take(12, fib()))
f = fib()
print(take(3, f), take(3, f))
