# The Collatz sequence: halve even numbers, 3n + 1 for odd ones.
def collatz_steps(n):
    steps = 0
    peak = n
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        if n > peak:
            peak = n
        steps += 1
    return steps, peak

n = 6
while n != 1:
    print(n, end=" -> ")
    n = n // 2 if n % 2 == 0 else 3 * n + 1
print(n)
for start in [1, 7, 27, 97]:
    steps, peak = collatz_steps(start)
    print("start", start, "steps", steps, "peak", peak)
best = 0
best_start = 0
for start in range(1, 1000):
    result = collatz_steps(start)
    if result[0] > best:
        best = result[0]
        best_start = start
print("longest below 1000:", best_start, "with", best, "steps")
print(collatz_steps(2 ** 60), collatz_steps(2 ** 100 + 1)[0])
