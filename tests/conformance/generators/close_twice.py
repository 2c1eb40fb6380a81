# Closing an already closed or finished generator does nothing.
def gen():
    try:
        yield 1
    finally:
        print("finally once")

g = gen()
next(g)
g.close()
g.close()
h = gen()
print(list(h))
h.close()
print("ok")
