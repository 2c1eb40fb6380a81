import random
for s in [0, 1, 7, -7, 12345, 2 ** 32, 2 ** 32 - 1, 2 ** 100 + 17, True]:
    random.seed(s)
    print(s, random.random(), random.randint(1, 100), random.getrandbits(3))
random.seed(7)
print([random.randint(1, 100) for _ in range(20)])
random.seed(2024)
print([random.randrange(-50, 50, 7) for _ in range(8)])
print([random.randrange(10, 0, -3) for _ in range(8)])
print(random.randrange(2 ** 80), random.randint(-(2 ** 70), 2 ** 70))
print(random.getrandbits(0), random.getrandbits(32), random.getrandbits(64), random.getrandbits(65))
