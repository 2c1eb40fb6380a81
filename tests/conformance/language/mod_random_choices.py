import random
random.seed(99)
print(random.choices(["a", "b", "c"], k=10))
print(random.choices(["a", "b", "c"], weights=[10, 1, 1], k=10))
print(random.choices(["a", "b", "c"], cum_weights=[1, 2, 10], k=10))
print(random.choices(range(5), [0.1, 0.2, 0.3, 0.2, 0.2], k=6))
print(random.choices("xy"), random.choices([1, 2, 3], k=0))
for bad in [lambda: random.choices("ab", [1, 2], cum_weights=[1, 2]),
            lambda: random.choices("ab", [1]), lambda: random.choices("ab", [0, 0]),
            lambda: random.choices("abc", 3), lambda: random.choices([], k=2)]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
