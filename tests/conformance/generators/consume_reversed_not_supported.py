# A generator is not a sequence: len() and reversed() fail.
def gen():
    yield 1

g = gen()
try:
    len(g)
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(g)
except TypeError as e:
    print("TypeError:", e)
try:
    g[0]
except TypeError as e:
    print("TypeError:", e)
