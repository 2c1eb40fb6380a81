# Dropping the last reference to a suspended generator closes it at once.
def gen(name):
    try:
        yield 1
    finally:
        print("finally of", name)

g = gen("g")
next(g)
print("before drop")
g = None
print("after drop")
