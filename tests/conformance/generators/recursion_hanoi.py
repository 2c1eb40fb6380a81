# Towers of Hanoi moves from a recursive generator.
def hanoi(n, src, dst, via):
    if n == 0:
        return
    yield from hanoi(n - 1, src, via, dst)
    yield (n, src, dst)
    yield from hanoi(n - 1, via, dst, src)

for move in hanoi(3, "A", "C", "B"):
    print(move)
