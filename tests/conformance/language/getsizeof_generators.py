# The blog-post comparison: a list comprehension holds every item, a generator
# expression only its suspended frame, whatever the number of items.
import sys

squares_list = [x * 2 for x in range(1000)]
squares_gen = (x * 2 for x in range(1000))
print("list comprehension:", sys.getsizeof(squares_list), "bytes")
print("generator expression:", sys.getsizeof(squares_gen), "bytes")
print("range(10**6):", sys.getsizeof(range(10**6)), "bytes")
print("list(range(10**6)):", sys.getsizeof(list(range(10**6))), "bytes")

for n in [10, 1000, 100000]:
    print(n, sys.getsizeof([i for i in range(n)]), sys.getsizeof(i for i in range(n)))

print("sum of a generator:", sum(x * 2 for x in range(1000)) == sum(squares_list))
print("consumed generator keeps its size:", sys.getsizeof(squares_gen), sum(squares_gen), sys.getsizeof(squares_gen))


def count_up(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def read_values(values):
    for v in values:
        if v % 2:
            yield v * v


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def just_one():
    yield 1


def delegate(a, b):
    yield from a
    yield from b


gen = count_up(5)
print("generator function", sys.getsizeof(gen), sys.getsizeof(read_values([1, 2, 3])), sys.getsizeof(fib()))
print("small bodies", sys.getsizeof(just_one()), sys.getsizeof(delegate([], [])))
print("while running", sys.getsizeof(gen), next(gen), sys.getsizeof(gen), list(gen), sys.getsizeof(gen))
nested = ((x, y) for x in range(3) for y in range(3))
print("nested genexp", sys.getsizeof(nested), "filtered", sys.getsizeof(x for x in range(10) if x % 3))
print("__sizeof__", (x for x in ()).__sizeof__(), fib().__sizeof__())


async def fetch(delay):
    return delay


async def plain():
    pass


async def ticker():
    yield 1


coro = fetch(1)
empty = plain()
print("coroutines", sys.getsizeof(coro), sys.getsizeof(empty), "async generator", sys.getsizeof(ticker()))
coro.close()
empty.close()
