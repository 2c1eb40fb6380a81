import random
random.seed(1)
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
            lambda: random.randrange(10, 1, 2), lambda: random.randrange(2.5), lambda: random.randint(3, 1),
            lambda: random.getrandbits(-1), lambda: random.randrange(5, step=2), lambda: random.randint(1),
            lambda: random.expovariate(0), lambda: random.gammavariate(-1, 1)]:
    try:
        print(bad())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(random.randrange(10.0), random.randrange(2, 8.0))
random.randint(10, 5)
