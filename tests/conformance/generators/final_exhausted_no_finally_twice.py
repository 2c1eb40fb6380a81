# A generator that finished ran its finally already; dropping it does nothing more.
def gen():
    try:
        yield 1
    finally:
        print("finally")

g = gen()
print(list(g))
g = None
print("dropped")
