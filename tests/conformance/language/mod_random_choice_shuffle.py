import random
random.seed(11)
colors = ["red", "green", "blue", "yellow"]
print([random.choice(colors) for _ in range(8)])
print(random.choice(range(1000)), random.choice((1, 2, 3)), random.choice("xyz"))
deck = list(range(20))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
one = [5]
random.shuffle(one)
print(one, random.random())
words = "the quick brown fox jumps over the lazy dog".split()
random.shuffle(words)
print(" ".join(words))
try:
    random.choice([])
except IndexError as e:
    print("IndexError", e)
