# Sending a value other than None into a just-started generator is a TypeError.
def gen():
    x = yield 1
    yield x

g = gen()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))
print(g.send("hello"))
