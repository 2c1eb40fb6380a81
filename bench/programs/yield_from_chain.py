# yield from chain: every value crosses 50 delegating generators; 400k values.
DEPTH = 50
N = 400_000


def leaf(n):
    for i in range(n):
        yield i
    return n


def relay(depth, n):
    if depth == 0:
        result = yield from leaf(n)
    else:
        result = yield from relay(depth - 1, n)
    return result + 1


def main():
    total = 0
    g = relay(DEPTH - 1, N)
    for v in g:
        total += v
    return total


print("yield_from_chain", DEPTH, N, main())
