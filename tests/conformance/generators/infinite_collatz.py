# A generator that stops itself: the Collatz sequence.
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1

print(list(collatz(6)))
print(len(list(collatz(27))), max(collatz(27)))
