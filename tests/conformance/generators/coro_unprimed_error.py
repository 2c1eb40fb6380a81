# Forgetting to prime a coroutine: sending a value fails.
def counter():
    n = 0
    while True:
        step = yield n
        n += step

c = counter()
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
print(next(c))
print(c.send(5))
print(c.send(2))
