# A return in finally replaces the generator's return value and swallows exceptions.
def gen():
    try:
        yield 1
        return "try"
    finally:
        return "finally"

g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value)
g = gen()
next(g)
try:
    g.throw(KeyError)
except StopIteration as e:
    print("thrown KeyError swallowed:", e.value)
