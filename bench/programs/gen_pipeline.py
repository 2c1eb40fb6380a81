# Generator pipeline: a source and two stages of generator functions, 5M items,
# consumed by a for loop.
N = 5_000_000


def source(n):
    for i in range(n):
        yield i


def scale(xs, k, m):
    for x in xs:
        yield x * k % m


def not_thirds(xs):
    for x in xs:
        if x % 3:
            yield x


def main():
    total = 0
    count = 0
    for v in not_thirds(scale(source(N), 7919, 1_000_003)):
        total += v
        count += 1
    return total, count


total, count = main()
print("gen_pipeline", count, total)
