# A chain of 50 nested yield from delegations still yields straight through.
def chain(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from chain(n - 1)
    return r + 1

g = chain(50)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("depth", e.value)
