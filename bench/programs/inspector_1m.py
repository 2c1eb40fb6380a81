# For the inspector's seek/snapshot latency: about 1M steps (VM instructions) of
# generators, a yield from chain and a few tasks, with some state alive at any time.
import asyncio


def numbers(n):
    for i in range(n):
        yield i


def relay(depth, n):
    if depth == 0:
        yield from numbers(n)
    else:
        yield from relay(depth - 1, n)


async def ticker(name, n, log):
    for i in range(n):
        await asyncio.sleep(0.001 * (i % 3))
        log.append((name, i))


async def main():
    log = []
    await asyncio.gather(*(ticker(f"t{k}", 500, log) for k in range(5)))
    return len(log)


total = 0
for v in relay(5, 11_000):
    total += v
squares = [x * x for x in numbers(12_000)]
print("inspector_1m", total, sum(squares) % 1_000_003, asyncio.run(main()))
