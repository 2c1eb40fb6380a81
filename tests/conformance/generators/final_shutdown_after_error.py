# An uncaught exception ends the program; the suspended generator is closed at shutdown after the error line.
def gen():
    try:
        yield 1
    finally:
        print("finally at shutdown")

g = gen()
next(g)
print("about to fail")
raise ValueError("uncaught")
