# The same sequence from a class iterator (__iter__/__next__) and from a
# generator function, 3M items each.
N = 3_000_000


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        n = self.n
        if n <= 0:
            raise StopIteration
        self.n = n - 1
        return n


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def consume(it):
    total = 0
    for v in it:
        total = (total + (v & 255) * v) % 1_000_003
    return total


a = consume(Countdown(N))
b = consume(countdown(N))
print("iter_vs_gen", a, b, a == b)
