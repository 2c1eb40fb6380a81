# A generator still suspended in a global is closed at interpreter shutdown.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally at shutdown")

g = gen()
print(next(g))
print("last line of the program")
