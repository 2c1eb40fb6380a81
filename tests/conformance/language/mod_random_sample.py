import random
random.seed(3)
print(random.sample(range(10), 3))
print(random.sample(range(100), 10))
print(random.sample("abcdefgh", 8))
print(random.sample([1, 2, 3, 4, 5], 0))
print(random.sample(range(10 ** 6), 6))
print(random.sample(range(1000), 30))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample((10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 210, 220, 230), 7))
for bad in [lambda: random.sample([1, 2], 3), lambda: random.sample({"a": 1}, 1), lambda: random.sample([1, 2], -1),
            lambda: random.sample([1, 2], 1, counts=[1])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
